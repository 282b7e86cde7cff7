export { GiteaTestHost } from './GiteaTestHost';
export type { TestRepository } from './GiteaTestHost';
