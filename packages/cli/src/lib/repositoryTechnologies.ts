import {
  BUILT_IN_REPOSITORY_RULES,
  createMentionResolver,
  MentionResolver,
  TechnologyLookupEntry,
  technologyEntityName,
} from '@conference-learnings/plugin-conference-learnings-node';
import { InputOptions } from './input';
import { readLandscapeTechnologies } from './technologies';

/** What a scan resolves mentions with, and the titles of the technologies. */
export interface ScanTechnologies {
  resolver: MentionResolver;
  titles: (ref: string) => string | undefined;
}

function scanTechnologiesOf(
  entries: TechnologyLookupEntry[],
): ScanTechnologies {
  const titles = new Map(entries.map(e => [e.ref, e.title ?? e.name]));
  return {
    resolver: createMentionResolver(entries, BUILT_IN_REPOSITORY_RULES),
    titles: ref => titles.get(ref),
  };
}

/**
 * The technologies a scan resolves to: those of a CNCF `landscape.yml` (a file
 * or an http(s) URL), as the landscape provider makes them Technology entities;
 * without one, those the built-in rules name, with the refs the landscape
 * provider would give them (no resolution through projects' repositories then).
 */
export async function loadScanTechnologies(
  landscape: string | undefined,
  options: InputOptions,
): Promise<ScanTechnologies> {
  if (!landscape) {
    const names = new Set(
      BUILT_IN_REPOSITORY_RULES.flatMap(rule => rule.technology ?? []),
    );
    return scanTechnologiesOf(
      [...names].map(name => {
        const slug = technologyEntityName(name);
        return { ref: `technology:default/${slug}`, name: slug, title: name };
      }),
    );
  }
  const technologies = await readLandscapeTechnologies(landscape, options);
  return scanTechnologiesOf(
    technologies.map(t => ({
      ref: t.ref,
      name: t.entityName,
      title: t.name,
      aliases: t.aliases,
      repository: t.repository,
    })),
  );
}
