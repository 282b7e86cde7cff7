import {
  BUILT_IN_REPOSITORY_RULES,
  createMentionResolver,
  ImportedTechnology,
  MentionResolver,
  technologyLookupEntry,
  technologyToEntity,
} from '@conference-learnings/plugin-conference-learnings-node';
import { InputOptions } from './input';
import { readLandscapeTechnologies } from './technologies';

/** What a scan resolves mentions with, and the titles of the technologies. */
interface ScanTechnologies {
  resolver: MentionResolver;
  titles: (ref: string) => string | undefined;
}

/**
 * Technologies as the catalog knows them: the Technology entity the landscape
 * provider makes of each, read as the catalog's technology index reads it.
 */
function scanTechnologiesOf(technologies: ImportedTechnology[]): ScanTechnologies {
  const entries = technologies.map(t =>
    technologyLookupEntry(technologyToEntity(t)),
  );
  const titles = new Map(entries.map(e => [e.ref, e.title ?? e.name]));
  return {
    resolver: createMentionResolver(entries, BUILT_IN_REPOSITORY_RULES),
    titles: ref => titles.get(ref),
  };
}

/**
 * The technologies a scan resolves to: those of a CNCF `landscape.yml` (a file
 * or an http(s) URL), as the landscape provider makes them Technology entities;
 * without one, those the built-in rules name (no resolution through projects'
 * repositories then).
 */
export async function loadScanTechnologies(
  landscape: string | undefined,
  options: InputOptions,
): Promise<ScanTechnologies> {
  if (!landscape) {
    const names = new Set(
      BUILT_IN_REPOSITORY_RULES.flatMap(rule => rule.technology ?? []),
    );
    return scanTechnologiesOf([...names].map(name => ({ name })));
  }
  return scanTechnologiesOf(await readLandscapeTechnologies(landscape, options));
}
