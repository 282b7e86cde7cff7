import { InputError } from '@backstage/errors';
import {
  createTechnologyMatcher,
  parseLandscape,
  resolveCuratedTechnology,
  talkTextForDetection,
} from '@conference-learnings/plugin-conference-learnings-node';
import { InputOptions, readInput } from './input';

/** Detects the technologies a talk covers, as entity refs such as `technology:default/argo`. */
export type TechnologyDetector = (
  title: string,
  description?: string,
) => string[];

/**
 * The technologies of a CNCF `landscape.yml` (a file or an http(s) URL); an
 * `InputError` naming the source when it does not parse or lists none.
 */
export async function readLandscapeTechnologies(
  landscape: string,
  options: InputOptions,
) {
  const text = await readInput(landscape, options);
  let technologies;
  try {
    technologies = parseLandscape(text);
  } catch (error) {
    throw new InputError(`${landscape}: ${(error as Error).message}`);
  }
  if (technologies.length === 0) {
    throw new InputError(`${landscape}: the landscape lists no technologies`);
  }
  return technologies;
}

/**
 * Reads a CNCF `landscape.yml` (a file or an http(s) URL) and returns a detector of its
 * technologies. The detector looks at the title and the abstract, as the catalog does.
 */
export async function loadTechnologyDetector(
  landscape: string,
  options: InputOptions,
): Promise<TechnologyDetector> {
  const technologies = await readLandscapeTechnologies(landscape, options);
  const matcher = createTechnologyMatcher(technologies);
  return (title, description) =>
    matcher
      .match(talkTextForDetection(title, description))
      .map(match => match.ref);
}

/**
 * The refs of `detected` that `existing` does not name yet, in order and without
 * duplicates. Refs are compared as `resolveCuratedTechnology` resolves them (full refs
 * in lower case), as the catalog resolves a Talk's `spec.technologies` that no
 * Technology entity claims: for a talk in the default namespace, `argo`,
 * `technology:argo` and `technology:default/argo` name the same technology, and
 * `Cert Manager` names `technology:default/cert-manager`.
 */
export function missingTechnologies(
  existing: readonly string[],
  detected: readonly string[],
  namespace: string,
): string[] {
  const known = new Set(
    existing.map(ref => resolveCuratedTechnology(ref, namespace)),
  );
  const missing: string[] = [];
  for (const ref of detected) {
    const key = resolveCuratedTechnology(ref, namespace);
    if (!known.has(key)) {
      known.add(key);
      missing.push(ref);
    }
  }
  return missing;
}
