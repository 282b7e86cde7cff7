export { TalkLearnings } from './TalkLearnings';
export { LearningItem } from './LearningItem';
export { LearningEditor } from './LearningEditor';
