import { Entity } from '@backstage/catalog-model';
import { parseCuratedTalks } from '@conference-learnings/plugin-conference-learnings-node';
import {
  SourceEntityProvider,
  SourceEntityProviderOptions,
} from './SourceEntityProvider';

/**
 * Ingests a file (or URL) in the curated talks format — `conferences` with their
 * `talks`, and `technologies` — as Conference, Talk and Technology entities.
 * @public
 */
export class CuratedTalksProvider extends SourceEntityProvider {
  constructor(options: SourceEntityProviderOptions) {
    super('file', options);
  }

  protected toEntities(
    content: string,
    annotations: Record<string, string>,
  ): Entity[] {
    return parseCuratedTalks(content, {
      namespace: this.options.namespace,
      annotations,
    });
  }
}
