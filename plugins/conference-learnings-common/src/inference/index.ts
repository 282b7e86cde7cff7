export * from './wellKnownAnnotations';
export * from './technologyLookup';
export * from './inferTechnologyUsages';
