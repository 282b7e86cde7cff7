/**
 * Shared types, entity schemas and validation for the Conference Learnings plugins.
 *
 * @packageDocumentation
 */
export * from './entities';
export * from './api';
export * from './search';
export * from './client';
