export { ConferenceLearningsPage } from './ConferenceLearningsPage';
