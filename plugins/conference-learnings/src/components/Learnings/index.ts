export { TalkLearnings } from './TalkLearnings';
export { LearningList } from './LearningList';
export { useLearningPages } from './useLearningPages';
