export { TalkLearnings } from './TalkLearnings';
export { LearningItem } from './LearningItem';
export { useLearningPages } from './useLearningPages';
