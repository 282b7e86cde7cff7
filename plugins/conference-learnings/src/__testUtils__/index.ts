export * from './fixtures';
export * from './fakeBackend';
export * from './render';
