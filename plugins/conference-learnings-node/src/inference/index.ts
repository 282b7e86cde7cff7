export * from './wellKnownAnnotations';
export * from './technologyLookup';
export * from './inferTechnologyUsages';
export * from './recordedUsages';
export * from './resolveCuratedTechnology';
export * from './parseInferenceAnnotations';
export * from './relatedEntityUsages';
