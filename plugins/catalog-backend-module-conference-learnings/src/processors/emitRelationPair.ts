import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';

/**
 * Emits a relation and its inverse: `source` → `target` as `type`, then
 * `target` → `source` as `inverseType`, so the catalog graph has both directions.
 */
export function emitRelationPair(
  emit: CatalogProcessorEmit,
  relation: {
    source: CompoundEntityRef;
    type: string;
    target: CompoundEntityRef;
    inverseType: string;
  },
): void {
  const { source, type, target, inverseType } = relation;
  emit(processingResult.relation({ source, type, target }));
  emit(
    processingResult.relation({
      source: target,
      type: inverseType,
      target: source,
    }),
  );
}
