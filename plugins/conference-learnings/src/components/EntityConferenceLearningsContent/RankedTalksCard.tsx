import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  RankedTalk,
  RankedTalksPage,
  RELATION_USES_TECHNOLOGY,
} from '@conference-learnings/plugin-conference-learnings-common';
import LinearProgress from '@material-ui/core/LinearProgress';
import TablePagination from '@material-ui/core/TablePagination';
import { makeStyles } from '@material-ui/core/styles';
import { useCallback, useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { conferenceLearningsApiRef } from '../../api';
import { DividedList, plural, relationTargets } from '../shared';
import { RankedTalkItem } from './RankedTalkItem';
import { LinkedTalk } from './UnlinkTalkDialog';

/** Talks per page; the first is the default. */
export const RANKED_TALK_PAGE_SIZES = [10, 25, 50];

const useStyles = makeStyles(theme => ({
  progressSlot: { height: 4, marginBottom: theme.spacing(1) },
}));

/** The technologies to highlight on talks: those the entity uses, or the Technology itself. */
function useUsedTechnologyRefs(entity: Entity): string[] {
  return useMemo(
    () =>
      relationTargets(entity, RELATION_USES_TECHNOLOGY).concat(
        entity.kind.toLocaleLowerCase('en-US') === 'technology'
          ? [stringifyEntityRef(entity)]
          : [],
      ),
    [entity],
  );
}

/** How many learnings each listed talk has; read again when `version` changes. */
function useLearningCounts(talks: RankedTalk[], version: number) {
  const api = useApi(conferenceLearningsApiRef);
  const talkRefs = talks.map(item => item.talk.entityRef);
  const talkRefsKey = talkRefs.join(' ');
  return useAsync(
    async (): Promise<Record<string, number>> =>
      talkRefs.length ? api.countLearnings(talkRefs) : {},
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, talkRefsKey, version],
  ).value;
}

/** A page of the talks relevant to an entity, and which page. */
export function useRankedTalks(entityRef: string) {
  const api = useApi(conferenceLearningsApiRef);
  const [page, setPage] = useState(0);
  const [pageSize, setPageSizeState] = useState(RANKED_TALK_PAGE_SIZES[0]);
  const talks = useAsyncRetry(
    () =>
      api.getEntityTalks(entityRef, {
        limit: pageSize,
        offset: page * pageSize,
      }),
    [api, entityRef, page, pageSize],
  );
  const setPageSize = useCallback((size: number) => {
    setPageSizeState(size);
    setPage(0);
  }, []);
  return { talks, page, pageSize, setPage, setPageSize };
}

/** A page of the talks relevant to an entity, best first, with paging. */
export function RankedTalksCard(props: {
  entity: Entity;
  entityTitle: string;
  talks: RankedTalksPage;
  loading: boolean;
  /** Changes when learnings were added, changed or deleted */
  learningsVersion: number;
  canUnlink: boolean;
  /** E.g. "Link a talk" */
  action: JSX.Element | null;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
  onOpenLearnings: (rankedTalk: RankedTalk) => void;
  onUnlink: (talk: LinkedTalk) => void;
}) {
  const { entity, talks } = props;
  const classes = useStyles();
  const entityRef = stringifyEntityRef(entity);
  const usedRefs = useUsedTechnologyRefs(entity);
  const learningCounts = useLearningCounts(talks.items, props.learningsVersion);
  return (
    <InfoCard
      title="Relevant conference talks"
      subheader={`${plural(talks.totalCount, 'talk')} on the technologies ${
        props.entityTitle
      } uses, best match first`}
      action={props.action}
    >
      <div className={classes.progressSlot}>
        {props.loading && <LinearProgress aria-label="Loading talks" />}
      </div>
      <DividedList aria-label="Relevant talks">
        {talks.items.map(item => (
          <RankedTalkItem
            key={item.talk.entityRef}
            rankedTalk={item}
            entityRef={entityRef}
            usedRefs={usedRefs}
            learningCount={learningCounts?.[item.talk.entityRef]}
            canUnlink={props.canUnlink}
            onOpenLearnings={() => props.onOpenLearnings(item)}
            onUnlink={() =>
              props.onUnlink({
                talkRef: item.talk.entityRef,
                title: item.talk.title,
              })
            }
          />
        ))}
      </DividedList>
      {talks.totalCount > RANKED_TALK_PAGE_SIZES[0] && (
        <TablePagination
          component="div"
          count={talks.totalCount}
          page={props.page}
          rowsPerPage={props.pageSize}
          rowsPerPageOptions={RANKED_TALK_PAGE_SIZES}
          onPageChange={(_e, next) => props.onPageChange(next)}
          onRowsPerPageChange={e =>
            props.onPageSizeChange(Number(e.target.value))
          }
        />
      )}
    </InfoCard>
  );
}
