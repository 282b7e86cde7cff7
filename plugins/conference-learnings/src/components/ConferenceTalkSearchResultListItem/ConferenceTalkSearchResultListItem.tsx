import { Link } from '@backstage/core-components';
import { useAnalytics } from '@backstage/core-plugin-api';
import {
  ResultHighlight,
  SearchDocument,
} from '@backstage/plugin-search-common';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import { ConferenceTalkDocument } from '@conference-learnings/plugin-conference-learnings-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';

/** Props of {@link ConferenceTalkSearchResultListItem}. @public */
export interface ConferenceTalkSearchResultListItemProps {
  result?: SearchDocument;
  highlight?: ResultHighlight;
  rank?: number;
  icon?: ReactNode;
}

/** The highlighted text of a field when the search engine marked it, else the text. */
function Highlighted(props: {
  field: string;
  text: string;
  highlight?: ResultHighlight;
}) {
  const { field, text, highlight } = props;
  const marked = highlight?.fields?.[field];
  return marked ? (
    <HighlightedSearchResultText
      text={marked}
      preTag={highlight.preTag}
      postTag={highlight.postTag}
    />
  ) : (
    <>{text}</>
  );
}

/**
 * A `conference-talk` search result: the talk's title (to its page), conference and
 * year, speakers, the technologies it covers, and the matching part of its text. All
 * of it plain text: nothing the talk's source wrote is rendered as HTML.
 * @public
 */
export function ConferenceTalkSearchResultListItem(
  props: ConferenceTalkSearchResultListItemProps,
) {
  const { highlight, rank, icon } = props;
  const result = props.result as ConferenceTalkDocument | undefined;
  const analytics = useAnalytics();
  if (!result) {
    return null;
  }
  const context = [
    result.conference,
    result.year,
    result.speakers?.join(', '),
  ].filter(Boolean);
  return (
    <ListItem alignItems="flex-start" divider>
      {icon && <ListItemIcon>{icon}</ListItemIcon>}
      <ListItemText
        primaryTypographyProps={{ variant: 'h6' }}
        primary={
          <Link
            to={result.location}
            onClick={() =>
              analytics.captureEvent('discover', result.title, {
                attributes: { to: result.location },
                value: rank,
              })
            }
          >
            <Highlighted
              field="title"
              text={result.title}
              highlight={highlight}
            />
          </Link>
        }
        secondaryTypographyProps={{ component: 'div' }}
        secondary={
          <>
            {context.length > 0 && (
              <Typography variant="body2" color="textSecondary">
                {context.join(' · ')}
              </Typography>
            )}
            <Typography
              variant="body2"
              color="textPrimary"
              component="div"
              style={{ overflowWrap: 'anywhere' }}
            >
              <Highlighted
                field="text"
                text={truncate(result.text, 300)}
                highlight={highlight}
              />
            </Typography>
            {result.technologies?.length > 0 && (
              <Box mt={1} display="flex" flexWrap="wrap" style={{ gap: 4 }}>
                {result.technologies.map(technology => (
                  <Chip key={technology} label={technology} size="small" />
                ))}
              </Box>
            )}
          </>
        }
      />
    </ListItem>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
