export { TalksPage } from './TalksPage';
