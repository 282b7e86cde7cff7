/**
 * The naive baseline the engine is measured against: one case-insensitive
 * whole-word regular expression per technology name.
 */
import { TechnologyDescriptor } from '../../src/detection';

export interface NaiveMatcher {
  /** Refs of the technologies whose name occurs in the text. */
  match(text: string): string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createNaiveMatcher(
  technologies: TechnologyDescriptor[],
): NaiveMatcher {
  const patterns = technologies.map(t => ({
    ref: t.ref,
    regexes: [t.name, ...(t.aliases ?? [])].map(
      name => new RegExp(`(?<!\\w)${escape(name)}(?!\\w)`, 'i'),
    ),
  }));
  return {
    match: text =>
      patterns.filter(p => p.regexes.some(r => r.test(text))).map(p => p.ref),
  };
}
