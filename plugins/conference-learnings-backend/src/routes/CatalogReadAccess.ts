import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { CatalogIndex } from '../catalogIndex/CatalogIndex';
import { IndexedEntity, indexEntity } from '../catalogIndex/indexedEntity';

/** Refs per `getEntitiesByRefs` call when conditions must be checked by the catalog. */
const REFS_PER_CATALOG_READ = 200;

const IDENTITY_FIELDS = ['kind', 'metadata.namespace', 'metadata.name'];

/**
 * Which catalog entities a caller may read, decided once per request with the
 * permission framework (`catalogEntityReadPermission`, as the catalog decides
 * it): an ALLOW or DENY needs no catalog round trip, and the index answers;
 * only a CONDITIONAL decision reads the entities through the catalog with the
 * caller's credentials, so visibility is exactly the catalog's.
 */
export class CatalogReadAccess {
  static async decide(options: {
    permissions: PermissionsService;
    catalog: CatalogService;
    credentials: BackstageCredentials;
  }): Promise<CatalogReadAccess> {
    const [decision] = await options.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials: options.credentials },
    );
    return new CatalogReadAccess(
      decision.result,
      options.catalog,
      options.credentials,
    );
  }

  private constructor(
    private readonly result: AuthorizeResult,
    private readonly catalog: CatalogService,
    private readonly credentials: BackstageCredentials,
  ) {}

  /**
   * The entity (a Technology too) as the caller may see it: the index's copy, or
   * a fresh one from the catalog when the index is older than the entity or the
   * decision is conditional; a 404 when it is not there or not visible.
   */
  async entity(index: CatalogIndex, ref: string): Promise<IndexedEntity> {
    const notFound = () => new NotFoundError(`No entity ${ref} in the catalog`);
    if (this.result === AuthorizeResult.DENY) throw notFound();
    if (this.result === AuthorizeResult.ALLOW) {
      const indexed =
        index.getEntity(ref) ?? index.getTechnology(ref)?.indexed;
      if (indexed) return indexed;
    }
    const entity = await this.catalog.getEntityByRef(ref, {
      credentials: this.credentials,
    });
    if (!entity) throw notFound();
    return indexEntity(entity);
  }

  /** The refs among `refs` that the caller may read, in their order. */
  async visible(refs: string[]): Promise<string[]> {
    if (this.result === AuthorizeResult.ALLOW) return refs;
    if (this.result === AuthorizeResult.DENY) return [];
    const visible: string[] = [];
    for (let i = 0; i < refs.length; i += REFS_PER_CATALOG_READ) {
      const batch = refs.slice(i, i + REFS_PER_CATALOG_READ);
      const { items } = await this.catalog.getEntitiesByRefs(
        { entityRefs: batch, fields: IDENTITY_FIELDS },
        { credentials: this.credentials },
      );
      batch.forEach((ref, j) => {
        if (items[j]) visible.push(ref);
      });
    }
    return visible;
  }
}

