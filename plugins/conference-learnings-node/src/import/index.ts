export * from './types';
export { parseSchedJson } from './parseSchedJson';
export { parseSchedIcs } from './parseSchedIcs';
export { parseSchedCsv } from './parseSchedCsv';
export { parseSessionize } from './parseSessionize';
export { parseTalkArchive } from './parseTalkArchive';
export { scheduleToEntities } from './scheduleToEntities';
export type { ScheduleToEntitiesOptions } from './scheduleToEntities';
export { parseCuratedTalks } from './parseCuratedTalks';
export { technologyToEntity } from './technologyToEntity';
export type { ImportedTechnology } from './technologyToEntity';
export { conferenceEntityName } from './slugs';
export {
  isScheduleFormat,
  SCHEDULE_FORMATS,
  type ScheduleFormat,
} from './scheduleFormats';
