import {
  ANNOTATION_LOCATION,
  ANNOTATION_SOURCE_LOCATION,
  Entity,
  parseLocationRef,
} from '@backstage/catalog-model';
import { basename, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The URL of the repository (or the folder of it) an entity's service lives in:
 * its `backstage.io/source-location` when that is a `url:`, else — for an
 * entity read from a `catalog-info.yaml` on disk, which the catalog gives no
 * source location — the folder of that file as a `file:` URL (read only where
 * the local reader allows it). Other catalog files on disk (one file listing
 * many entities) name no repository. Undefined when there is none.
 */
export function repositoryUrlOf(entity: Entity): string | undefined {
  const annotations = entity.metadata.annotations ?? {};
  for (const annotation of [ANNOTATION_SOURCE_LOCATION, ANNOTATION_LOCATION]) {
    const value = annotations[annotation];
    if (!value) continue;
    let location;
    try {
      location = parseLocationRef(value);
    } catch {
      continue;
    }
    if (annotation === ANNOTATION_SOURCE_LOCATION && location.type === 'url') {
      return location.target;
    }
    if (
      annotation === ANNOTATION_LOCATION &&
      location.type === 'file' &&
      /^catalog-info\.ya?ml$/.test(basename(location.target))
    ) {
      return `${pathToFileURL(dirname(location.target)).href}/`;
    }
  }
  return undefined;
}
