import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../../routes';

/**
 * A link to the Conference Learnings page with a query string, e.g. the Talks tab
 * filtered by a technology; undefined when the app does not mount the page.
 */
export function usePageLink():
  | ((query?: URLSearchParams) => string)
  | undefined {
  let root: string | undefined;
  try {
    // eslint-disable-next-line react-hooks/rules-of-hooks
    root = useRouteRef(rootRouteRef)();
  } catch {
    root = undefined;
  }
  if (root === undefined) return undefined;
  const base = root;
  return query => {
    const text = query?.toString();
    return text ? `${base}?${text}` : base;
  };
}
