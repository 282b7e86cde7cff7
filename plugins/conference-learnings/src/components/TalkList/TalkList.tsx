import { parseEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { TalkSummary } from '@conference-learnings/plugin-conference-learnings-common';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { safeHttpUrl } from './safeUrl';

const useStyles = makeStyles(theme => ({
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
    marginTop: theme.spacing(0.5),
  },
  actions: { display: 'flex', gap: theme.spacing(1), alignItems: 'center' },
}));

function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return isNaN(date.getTime())
    ? undefined
    : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** A list of talks: title, conference, date, speakers, technologies and links. */
export function TalkList(props: { talks: TalkSummary[] }) {
  const classes = useStyles();
  return (
    <List aria-label="Talks">
      {props.talks.map(talk => {
        const video = safeHttpUrl(talk.video);
        const slides = safeHttpUrl(talk.slides);
        const details = [
          parseEntityRef(talk.conferenceRef).name,
          formatDate(talk.startsAt),
          talk.speakers
            .map(s => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name))
            .join(', '),
        ].filter(Boolean);
        return (
          <ListItem key={talk.entityRef} divider alignItems="flex-start">
            <ListItemText
              disableTypography
              primary={
                <Typography variant="subtitle1">
                  <EntityRefLink
                    entityRef={talk.entityRef}
                    title={talk.title}
                  />
                </Typography>
              }
              secondary={
                <>
                  <Typography variant="body2" color="textSecondary">
                    {details.join(' · ')}
                  </Typography>
                  <div className={classes.chips}>
                    {talk.technologyRefs.map(ref => (
                      <Chip
                        key={ref}
                        size="small"
                        label={parseEntityRef(ref).name}
                      />
                    ))}
                  </div>
                </>
              }
            />
            <div className={classes.actions}>
              {video && (
                <Button
                  href={video}
                  target="_blank"
                  rel="noopener noreferrer"
                  size="small"
                  variant="outlined"
                >
                  Video
                </Button>
              )}
              {slides && (
                <Button
                  href={slides}
                  target="_blank"
                  rel="noopener noreferrer"
                  size="small"
                >
                  Slides
                </Button>
              )}
            </div>
          </ListItem>
        );
      })}
    </List>
  );
}
