/**
 * Node-side engines of Conference Learnings: the schedule and landscape
 * importers, technology detection in talk texts, and inference of the
 * technologies catalog entities use. Used by the catalog module, the backend and
 * the CLI; never by the frontend.
 *
 * @packageDocumentation
 */
export * from './import';
export * from './landscape';
export * from './inference';
export * from './detection';
export * from './sources';
export * from './repository';
