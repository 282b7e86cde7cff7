import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  EntityRefLink,
  useEntityRefLink,
} from '@backstage/plugin-catalog-react';
import {
  ServiceTalk,
  ServiceTalks,
  TechnologyUse,
} from '@conference-learnings/plugin-conference-learnings-common';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Fragment } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { conferenceLearningsApiRef } from '../../api';
import {
  DividedList,
  plural,
  refName,
  TalkSummaryItem,
  UsageReasons,
} from '../shared';

const useStyles = makeStyles(theme => ({
  teams: { marginBottom: theme.spacing(2) },
  covers: { color: theme.palette.text.secondary },
}));

/** `Uses Argo (annotation argocd/app-name, tag argocd), Kafka (go.mod:7: …)`. */
function ServiceUses(props: { uses: TechnologyUse[] }) {
  return (
    <>
      Uses{' '}
      {props.uses.map((use, i) => (
        <Fragment key={use.technologyRef}>
          {i > 0 && ', '}
          {use.technologyTitle} (<UsageReasons reasons={use.reasons} />)
        </Fragment>
      ))}
    </>
  );
}

/** `Covers Argo · Mentions Kubernetes`. */
function describeCoverage(talk: ServiceTalk): string {
  return talk.technologies
    .map(
      t =>
        `${t.coverage === 'detected' ? 'Mentions' : 'Covers'} ${
          t.technologyTitle
        }`,
    )
    .join(' · ');
}

/** One service of the user's teams: how it uses its technologies, and its best talks. */
function ServiceCard(props: { serviceTalks: ServiceTalks }) {
  const { service, talks, talkCount } = props.serviceTalks;
  const classes = useStyles();
  const entityLink = useEntityRefLink();
  return (
    <InfoCard
      title={
        <EntityRefLink entityRef={service.entityRef} title={service.title} />
      }
      subheader={<ServiceUses uses={service.uses} />}
      deepLink={
        talkCount > talks.length
          ? {
              title: `All ${plural(talkCount, 'talk')} for this service`,
              link: `${entityLink(service.entityRef)}/conference-learnings`,
            }
          : undefined
      }
    >
      <DividedList aria-label={`Talks for ${refName(service.entityRef)}`}>
        {talks.map(serviceTalk => (
          <TalkSummaryItem
            key={serviceTalk.talk.entityRef}
            talk={serviceTalk.talk}
            usedRefs={serviceTalk.technologies.map(t => t.technologyRef)}
            maxChips={5}
          >
            <Typography variant="body2" className={classes.covers}>
              {describeCoverage(serviceTalk)}
            </Typography>
          </TalkSummaryItem>
        ))}
      </DividedList>
    </InfoCard>
  );
}

/** Which groups the talks are for: `… what shipment-squad and web-team own, …`. */
function TeamsIntro(props: { groupRefs: string[] }) {
  const { groupRefs } = props;
  const classes = useStyles();
  return (
    <Typography variant="body1" className={classes.teams}>
      {groupRefs.length > 0 ? (
        <>
          Talks on the technologies used by what{' '}
          {groupRefs.map((ref, i) => (
            <span key={ref}>
              {i > 0 && (i === groupRefs.length - 1 ? ' and ' : ', ')}
              <EntityRefLink entityRef={ref} hideIcon />
            </span>
          ))}{' '}
          {groupRefs.length === 1 ? 'owns' : 'own'}, grouped by service, most
          relevant first.
        </>
      ) : (
        'Talks on the technologies used by what you own, grouped by service.'
      )}
    </Typography>
  );
}

/**
 * The "For my teams" tab: talks relevant to what the user's groups own, by
 * service, as the backend ranks and groups them (`GET /me/services`).
 */
export function MyTeamsTab() {
  const api = useApi(conferenceLearningsApiRef);
  const { value, loading, error } = useAsync(() => api.listMyServices(), [api]);

  if (error) return <ResponseErrorPanel error={error} />;
  if (loading || !value) return <Progress />;

  const { groupRefs, services } = value;
  if (services.length === 0) {
    return (
      <>
        <TeamsIntro groupRefs={groupRefs} />
        <EmptyState
          missing="data"
          title={
            groupRefs.length === 0
              ? 'You are not a member of a team in the catalog'
              : 'No talks match what your teams own'
          }
          description={
            groupRefs.length === 0
              ? 'Talks are found through what your groups own. Ask for your user to be added to its team (spec.memberOf) in the catalog.'
              : 'Either the components, APIs, resources and systems your teams own declare no technologies (annotation conference-learnings.io/technologies, tags, well-known plugin annotations), or no talk in the catalog covers the ones they use.'
          }
        />
      </>
    );
  }

  return (
    <>
      <TeamsIntro groupRefs={groupRefs} />
      <Grid container spacing={3}>
        {services.map(serviceTalks => (
          <Grid item xs={12} xl={6} key={serviceTalks.service.entityRef}>
            <ServiceCard serviceTalks={serviceTalks} />
          </Grid>
        ))}
      </Grid>
    </>
  );
}
