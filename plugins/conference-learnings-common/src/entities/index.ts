export * from './constants';
export * from './types';
export {
  talkEntitySchema,
  technologyEntitySchema,
  conferenceEntitySchema,
} from './schemas';
export {
  findEntityProblems,
  isConferenceLearningsEntity,
  validateConferenceLearningsEntity,
} from './validateEntity';
export { refOfKind } from './refOfKind';
export { httpUrl } from './httpUrl';
