import { parseEntityRef } from '@backstage/catalog-model';
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
  RankedTalk,
  TalkRelevanceReason,
} from '@conference-learnings/plugin-conference-learnings-common';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { ConferenceLearningsApi, conferenceLearningsApiRef } from '../../api';
import {
  describeUsage,
  isNotFound,
  plural,
  reasonTechnologyTitle,
  TalkSummaryItem,
  useIdentity,
} from '../shared';

/** Talks per service shown before "all N talks". */
const TALKS_PER_SERVICE = 5;
/** Ranked talks read for the user (the API's largest page). */
const TALKS_READ = 100;

type TechnologyReason = Extract<TalkRelevanceReason, { type: 'technology' }>;

interface ServiceTalks {
  entityRef: string;
  /** Technology ref → how the service uses it */
  technologies: Map<string, { title: string; how: string }>;
  talks: { rankedTalk: RankedTalk; reasons: TechnologyReason[] }[];
}

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  teams: { marginBottom: theme.spacing(2) },
  covers: { color: theme.palette.text.secondary },
}));

/**
 * Talks relevant to the user: `GET /entities/user/…/talks` ranks over what they
 * and their groups own; when the user is not in the catalog, each group's ranking
 * is read and merged.
 */
async function talksForUser(
  api: ConferenceLearningsApi,
  userEntityRef: string,
  groups: string[],
): Promise<RankedTalk[]> {
  try {
    const page = await api.getEntityTalks(userEntityRef, { limit: TALKS_READ });
    return page.items;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  const pages = await Promise.all(
    groups.map(ref => api.getEntityTalks(ref, { limit: TALKS_READ })),
  );
  const best = new Map<string, RankedTalk>();
  for (const item of pages.flatMap(p => p.items)) {
    const seen = best.get(item.talk.entityRef);
    if (!seen || seen.score < item.score) best.set(item.talk.entityRef, item);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Groups ranked talks by the service (component, API, resource, system) that
 * uses the technology each talk covers, keeping the ranking order within each.
 */
export function groupByService(items: RankedTalk[]): ServiceTalks[] {
  const services = new Map<string, ServiceTalks>();
  for (const rankedTalk of items) {
    const byService = new Map<string, TechnologyReason[]>();
    for (const reason of rankedTalk.reasons) {
      if (reason.type !== 'technology') continue;
      for (const usage of reason.usedBy) {
        const ref = usage.entityRef.toLocaleLowerCase('en-US');
        let service = services.get(ref);
        if (!service) {
          service = {
            entityRef: usage.entityRef,
            technologies: new Map(),
            talks: [],
          };
          services.set(ref, service);
        }
        service.technologies.set(reason.technologyRef, {
          title: reasonTechnologyTitle(reason),
          how: usage.reasons.map(describeUsage).join(', '),
        });
        byService.set(ref, [...(byService.get(ref) ?? []), reason]);
      }
    }
    for (const [ref, reasons] of byService) {
      services.get(ref)!.talks.push({ rankedTalk, reasons });
    }
  }
  return [...services.values()].sort((a, b) =>
    parseEntityRef(a.entityRef).name.localeCompare(
      parseEntityRef(b.entityRef).name,
    ),
  );
}

function ServiceCard(props: { service: ServiceTalks }) {
  const { service } = props;
  const classes = useStyles();
  const entityLink = useEntityRefLink();
  const uses = [...service.technologies.values()]
    .map(t => `${t.title} (${t.how})`)
    .join(', ');
  const shown = service.talks.slice(0, TALKS_PER_SERVICE);
  return (
    <InfoCard
      title={<EntityRefLink entityRef={service.entityRef} />}
      subheader={`Uses ${uses}`}
      deepLink={
        service.talks.length > TALKS_PER_SERVICE
          ? {
              title: `All ${plural(
                service.talks.length,
                'talk',
              )} for this service`,
              link: `${entityLink(service.entityRef)}/conference-learnings`,
            }
          : undefined
      }
    >
      <ul
        className={classes.list}
        aria-label={`Talks for ${parseEntityRef(service.entityRef).name}`}
      >
        {shown.map(({ rankedTalk, reasons }) => (
          <TalkSummaryItem
            key={rankedTalk.talk.entityRef}
            talk={rankedTalk.talk}
            usedRefs={reasons.map(r => r.technologyRef)}
            maxChips={5}
          >
            <Typography variant="body2" className={classes.covers}>
              {reasons
                .map(
                  r =>
                    `${
                      r.coverage === 'detected' ? 'Mentions' : 'Covers'
                    } ${reasonTechnologyTitle(r)}`,
                )
                .join(' · ')}
            </Typography>
          </TalkSummaryItem>
        ))}
      </ul>
    </InfoCard>
  );
}

/** The "For my teams" tab: talks relevant to what the user's groups own, by service. */
export function MyTeamsTab() {
  const classes = useStyles();
  const api = useApi(conferenceLearningsApiRef);
  const identity = useIdentity();
  const groups = useMemo(
    () =>
      (identity.value?.ownershipEntityRefs ?? []).filter(
        ref => parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'group',
      ),
    [identity.value],
  );
  const talks = useAsync(async () => {
    if (!identity.value) return undefined;
    return groupByService(
      await talksForUser(api, identity.value.userEntityRef, groups),
    );
  }, [api, identity.value, groups]);

  const error = identity.error ?? talks.error;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!identity.value || talks.loading || !talks.value) return <Progress />;

  const services = talks.value;
  const teams = (
    <Typography variant="body1" className={classes.teams}>
      {groups.length > 0 ? (
        <>
          Talks on the technologies used by what{' '}
          {groups.map((ref, i) => (
            <span key={ref}>
              {i > 0 && (i === groups.length - 1 ? ' and ' : ', ')}
              <EntityRefLink entityRef={ref} hideIcon />
            </span>
          ))}{' '}
          {groups.length === 1 ? 'owns' : 'own'}, grouped by service, most
          relevant first.
        </>
      ) : (
        'Talks on the technologies used by what you own, grouped by service.'
      )}
    </Typography>
  );

  if (services.length === 0) {
    return (
      <>
        {teams}
        <EmptyState
          missing="data"
          title={
            groups.length === 0
              ? 'You are not a member of a team in the catalog'
              : 'No talks match what your teams own'
          }
          description={
            groups.length === 0
              ? 'Talks are found through what your groups own. Ask for your user to be added to its team (spec.memberOf) in the catalog.'
              : 'Either the components, APIs, resources and systems your teams own declare no technologies (annotation conference-learnings.io/technologies, tags, well-known plugin annotations), or no talk in the catalog covers the ones they use.'
          }
        />
      </>
    );
  }

  return (
    <>
      {teams}
      <Grid container spacing={3}>
        {services.map(service => (
          <Grid item xs={12} xl={6} key={service.entityRef}>
            <ServiceCard service={service} />
          </Grid>
        ))}
      </Grid>
    </>
  );
}
