import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';

/** The signed-in user's entity ref and ownership refs (the user and their groups). */
export function useIdentity() {
  const identityApi = useApi(identityApiRef);
  return useAsync(() => identityApi.getBackstageIdentity(), [identityApi]);
}
