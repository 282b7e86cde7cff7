import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  MAX_PAGE_LIMIT,
  TalkSummary,
} from '@conference-learnings/plugin-conference-learnings-common';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useId, useMemo, useState } from 'react';
import { ConferenceLearningsApi } from '../../api';
import {
  AsyncListContent,
  alphabeticalWithLast,
  formatSpeakers,
  formatTime,
  plural,
  useEntityData,
  usePageLink,
} from '../shared';

/** Talks of one conference read at most (10 pages). */
const MAX_CONFERENCE_TALKS = 1000;
const UNSCHEDULED = 'unscheduled';
const NO_TRACK = 'Other sessions';

const useStyles = makeStyles(theme => ({
  track: { marginTop: theme.spacing(2) },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  talk: {
    display: 'grid',
    gridTemplateColumns: `${theme.spacing(8)}px 1fr`,
    gap: theme.spacing(1),
    padding: theme.spacing(0.75, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  untimed: { gridTemplateColumns: '1fr' },
  time: {
    color: theme.palette.text.secondary,
    fontVariantNumeric: 'tabular-nums',
  },
}));

async function listConferenceTalks(
  api: ConferenceLearningsApi,
  conferenceRef: string,
): Promise<{ items: TalkSummary[]; totalCount: number }> {
  const query = { conference: [conferenceRef], limit: MAX_PAGE_LIMIT };
  const first = await api.listTalks(query);
  const offsets: number[] = [];
  const last = Math.min(first.totalCount, MAX_CONFERENCE_TALKS);
  for (let o = first.items.length; o < last; o += MAX_PAGE_LIMIT) {
    offsets.push(o);
  }
  const rest = await Promise.all(
    offsets.map(offset => api.listTalks({ ...query, offset })),
  );
  return {
    items: [...first.items, ...rest.flatMap(page => page.items)],
    totalCount: first.totalCount,
  };
}

/** The local calendar day of a talk (`2024-03-20`), as the reader's clock shows it. */
function dayKey(iso: string | undefined): string {
  if (!iso) return UNSCHEDULED;
  const date = new Date(iso);
  if (isNaN(date.getTime())) return UNSCHEDULED;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(
    date.getDate(),
  )}`;
}

function dayLabel(key: string): string {
  if (key === UNSCHEDULED) return 'Not scheduled';
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
}

interface Day {
  key: string;
  label: string;
  count: number;
  tracks: { track: string; talks: TalkSummary[] }[];
}

export function groupByDayAndTrack(talks: TalkSummary[]): Day[] {
  const days = new Map<string, Map<string, TalkSummary[]>>();
  for (const talk of talks) {
    const day = dayKey(talk.startsAt);
    const tracks = days.get(day) ?? new Map<string, TalkSummary[]>();
    const track = talk.track?.trim() || NO_TRACK;
    tracks.set(track, [...(tracks.get(track) ?? []), talk]);
    days.set(day, tracks);
  }
  const byTime = (a: TalkSummary, b: TalkSummary) =>
    (a.startsAt ?? '').localeCompare(b.startsAt ?? '') ||
    a.title.localeCompare(b.title);
  return [...days.entries()]
    .sort(([a], [b]) => alphabeticalWithLast(UNSCHEDULED)(a, b))
    .map(([key, tracks]) => ({
      key,
      label: dayLabel(key),
      count: [...tracks.values()].reduce((n, t) => n + t.length, 0),
      tracks: [...tracks.entries()]
        .sort(([a], [b]) => alphabeticalWithLast(NO_TRACK)(a, b))
        .map(([track, list]) => ({ track, talks: list.sort(byTime) })),
    }));
}

/** The talks of the conference, a tab a day, by track. */
function ConferenceSchedule(props: { talks: TalkSummary[] }) {
  const days = useMemo(() => groupByDayAndTrack(props.talks), [props.talks]);
  const classes = useStyles();
  const id = useId();
  const [selected, setSelected] = useState(0);
  const day = days[Math.min(selected, days.length - 1)];
  return (
    <>
      <Tabs
        value={days.indexOf(day)}
        onChange={(_e, index) => setSelected(index)}
        variant="scrollable"
        scrollButtons="auto"
        indicatorColor="primary"
        aria-label="Conference days"
      >
        {days.map((d, i) => (
          <Tab
            key={d.key}
            id={`${id}-tab-${i}`}
            aria-controls={`${id}-panel`}
            label={`${d.label} (${d.count})`}
          />
        ))}
      </Tabs>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${days.indexOf(day)}`}
      >
        {day.tracks.map(({ track, talks }) => (
          <section key={track} className={classes.track} aria-label={track}>
            <Typography variant="subtitle1" component="h3">
              {track}
            </Typography>
            <ul className={classes.list}>
              {talks.map(talk => (
                <li
                  key={talk.entityRef}
                  className={
                    day.key === UNSCHEDULED
                      ? `${classes.talk} ${classes.untimed}`
                      : classes.talk
                  }
                >
                  {day.key !== UNSCHEDULED && (
                    <span className={classes.time}>
                      {formatTime(talk.startsAt) ?? ''}
                    </span>
                  )}
                  <span>
                    <EntityRefLink
                      entityRef={talk.entityRef}
                      title={talk.title}
                    />
                    <Typography variant="body2" color="textSecondary">
                      {[formatSpeakers(talk.speakers), talk.type]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}

/** The talks of a Conference, by day (tabs) and track. */
export function ConferenceTalksCard() {
  const pageLink = usePageLink();
  const talks = useEntityData(listConferenceTalks);
  const { entityRef: conferenceRef, value } = talks;
  return (
    <InfoCard
      title="Talks"
      subheader={
        value
          ? `${plural(value.totalCount, 'talk')} by day and track${
              value.totalCount > value.items.length
                ? `; the first ${value.items.length} shown`
                : ''
            }`
          : undefined
      }
      deepLink={
        pageLink && value?.totalCount
          ? {
              title: 'Search and filter these talks',
              link: pageLink(
                new URLSearchParams({ conference: conferenceRef }),
              ),
            }
          : undefined
      }
    >
      <AsyncListContent
        state={talks}
        empty="No talks of this conference are in the catalog yet."
      >
        {page => <ConferenceSchedule talks={page.items} />}
      </AsyncListContent>
    </InfoCard>
  );
}
