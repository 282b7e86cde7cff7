export * from './ConferenceLearningsApi';
