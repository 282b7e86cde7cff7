import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { ConferenceLearningsApi, conferenceLearningsApiRef } from '../../api';

/**
 * What the Conference Learnings API answers about the entity of the page, with
 * the entity and its ref: `load` runs with the ref, again when the entity changes.
 */
export function useEntityData<T>(
  load: (api: ConferenceLearningsApi, entityRef: string) => Promise<T>,
) {
  const { entity } = useEntity();
  const api = useApi(conferenceLearningsApiRef);
  const entityRef = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(
    () => load(api, entityRef),
    [api, entityRef],
  );
  return { entity, entityRef, value, loading, error };
}
