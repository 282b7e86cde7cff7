import { stringify } from 'yaml';
import { CuratedTalksProvider } from '../CuratedTalksProvider';
import { LandscapeTechnologyProvider } from '../LandscapeTechnologyProvider';
import { ScheduleTalkProvider } from '../ScheduleTalkProvider';
import {
  SourceEntityProvider,
  SourceEntityProviderOptions,
} from '../SourceEntityProvider';
import { TalkArchiveProvider } from '../TalkArchiveProvider';

/**
 * One entry of a source, in the terms every format has: a talk for the schedule
 * formats, a technology for the landscape, both for the curated file.
 */
export interface Item {
  id: string;
  title: string;
  abstract?: string;
  speaker?: string;
  /** Goes into every URL field the format has: video, slides, schedule, homepage … */
  url?: string;
  /** The archive's event; `Test Conf 2026` when absent. */
  event?: string;
}

export interface Format {
  name: string;
  /** Path served, with an extension telling the format. */
  path: string;
  provider(options: SourceEntityProviderOptions): SourceEntityProvider;
  document(items: Item[]): string;
  /** Entities a document of n distinct items gives. */
  entityCount(n: number): number;
  /** The curated file is written by hand: a bad value fails it, naming the field. */
  badUrls: 'dropped' | 'rejected';
}

export const START = '2026-03-24';

/** RFC 5545 text escaping. */
const icsText = (text: string) =>
  text.replace(/[\\;,]/g, c => `\\${c}`).replace(/\r?\n/g, '\\n');

/** RFC 4180 field quoting. */
const csvField = (text: string | undefined) =>
  `"${(text ?? '').replace(/"/g, '""')}"`;

const eventOf = (item: Item) => item.event ?? 'Test Conf 2026';

/** The formats that ingest talks of one conference (all but the archive). */
const schedule = (n: number) => n + 1;

/** Every format a provider reads, with a document builder. */
export const FORMATS: Format[] = [
  {
    name: 'sched JSON',
    path: '/sched.json',
    provider: opts =>
      new ScheduleTalkProvider('sched', opts, {
        conference: 'test-conf',
        timeZone: 'Europe/Amsterdam',
        format: 'sched-json',
      }),
    document: items =>
      JSON.stringify(
        items.map(item => ({
          id: item.id,
          name: item.title,
          active: 'Y',
          event_start: `${START} 09:00`,
          event_end: `${START} 09:30`,
          event_type: 'Keynote',
          description: item.abstract,
          speakers: item.speaker
            ? [{ name: item.speaker, company: 'Acme', url: item.url }]
            : [],
          video_stream: item.url,
          files: item.url ? [{ path: item.url }] : [],
          url: item.url,
        })),
      ),
    entityCount: schedule,
    badUrls: 'dropped',
  },
  {
    name: 'sched ICS',
    path: '/all.ics',
    provider: opts =>
      new ScheduleTalkProvider('sched', opts, {
        conference: 'test-conf',
        timeZone: 'Europe/Amsterdam',
        format: 'sched-ics',
      }),
    document: items =>
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Sched.com Test Conf//EN',
        ...items.flatMap(item => [
          'BEGIN:VEVENT',
          `UID:${icsText(item.id)}`,
          'DTSTART:20260324T080000Z',
          'DTEND:20260324T083000Z',
          `SUMMARY:${icsText(item.title)}`,
          ...(item.abstract ? [`DESCRIPTION:${icsText(item.abstract)}`] : []),
          ...(item.url ? [`URL:${icsText(item.url)}`] : []),
          'END:VEVENT',
        ]),
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    entityCount: schedule,
    badUrls: 'dropped',
  },
  {
    name: 'sched CSV',
    path: '/sessions.csv',
    provider: opts =>
      new ScheduleTalkProvider('sched', opts, {
        conference: 'test-conf',
        timeZone: 'Europe/Amsterdam',
        format: 'sched-csv',
      }),
    document: items =>
      [
        'id,name,event_start,event_end,event_type,description,speakers,video_stream,url',
        ...items.map(item =>
          [
            item.id,
            item.title,
            `${START} 09:00`,
            `${START} 09:30`,
            'Keynote',
            item.abstract,
            item.speaker,
            item.url,
            item.url,
          ]
            .map(csvField)
            .join(','),
        ),
        '',
      ].join('\r\n'),
    entityCount: schedule,
    badUrls: 'dropped',
  },
  {
    name: 'sessionize JSON',
    path: '/sessionize.json',
    provider: opts =>
      new ScheduleTalkProvider('sessionize', opts, {
        conference: 'test-conf',
        timeZone: 'Europe/Amsterdam',
        format: 'sessionize',
      }),
    document: items =>
      JSON.stringify({
        sessions: items.map(item => ({
          id: item.id,
          title: item.title,
          description: item.abstract,
          startsAt: `${START}T09:00:00`,
          endsAt: `${START}T09:30:00`,
          speakers: item.speaker ? [`speaker-${item.id}`] : [],
          categoryItems: [],
          questionAnswers: item.url
            ? [{ questionId: 1, answerValue: item.url }]
            : [],
          recordingUrl: item.url,
        })),
        speakers: items
          .filter(item => item.speaker)
          .map(item => ({
            id: `speaker-${item.id}`,
            fullName: item.speaker,
            tagLine: 'Engineer at Acme',
            links: item.url ? [{ title: 'Blog', url: item.url }] : [],
          })),
        categories: [],
        questions: [{ id: 1, question: 'Link to your slides' }],
      }),
    entityCount: schedule,
    badUrls: 'dropped',
  },
  {
    name: 'archive JSON',
    path: '/archive.json',
    provider: opts => new TalkArchiveProvider(opts),
    document: items =>
      JSON.stringify({
        talks: items.map(item => ({
          title: item.title,
          event: eventOf(item),
          date: START,
          abstract: item.abstract,
          sched_url: item.url,
          youtube_url: item.url,
          file: item.id,
        })),
      }),
    entityCount: n => n + 1,
    badUrls: 'dropped',
  },
  {
    name: 'landscape YAML',
    path: '/landscape.yml',
    provider: opts => new LandscapeTechnologyProvider(opts),
    document: items =>
      stringify(
        {
          landscape: [
            {
              category: null,
              name: 'Orchestration & Management',
              subcategories: [
                {
                  subcategory: null,
                  name: 'Service Proxy',
                  items: items.map(item => ({
                    item: null,
                    name: item.title,
                    description: item.abstract,
                    homepage_url: item.url,
                    repo_url: item.url,
                    project: 'graduated',
                  })),
                },
              ],
            },
          ],
        },
        { lineWidth: 0 },
      ),
    entityCount: n => n,
    badUrls: 'dropped',
  },
  {
    name: 'file (curated YAML)',
    path: '/curated-talks.yaml',
    provider: opts => new CuratedTalksProvider(opts),
    document: items =>
      stringify(
        {
          conferences: [
            {
              name: 'test-conf',
              title: 'Test Conf',
              startDate: START,
              endDate: START,
              talks: items.map(item => ({
                id: item.id,
                title: item.title,
                description: item.abstract,
                speakers: item.speaker
                  ? [{ name: item.speaker, url: item.url }]
                  : [],
                video: item.url,
                slides: item.url,
                schedule: item.url,
              })),
            },
          ],
          technologies: items.map(item => ({
            name: item.title,
            description: item.abstract,
            homepage: item.url,
            repository: item.url,
          })),
        },
        { lineWidth: 0 },
      ),
    // a Conference, and a Talk and a Technology per item
    entityCount: n => 2 * n + 1,
    badUrls: 'rejected',
  },
];

/** Two ordinary items every format ingests. */
export const GOOD: Item[] = [
  {
    id: 'good-1',
    title: 'Argo CD at scale',
    abstract: 'How we run Argo CD for 300 clusters.',
    speaker: 'Ana Example',
    url: 'https://example.com/argo',
  },
  {
    id: 'good-2',
    title: 'Envoy in production',
    abstract: 'Lessons from a year of Envoy.',
    speaker: 'Bo Sample',
    url: 'https://example.com/envoy',
  },
];
