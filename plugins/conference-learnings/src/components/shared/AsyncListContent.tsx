import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';

/**
 * The content of a card that loads a list: why loading failed, progress while it
 * loads, the `empty` message when there is nothing to list, else what `children`
 * makes of the list.
 */
export function AsyncListContent<T extends { items: unknown[] }>(props: {
  state: { value?: T; loading: boolean; error?: Error };
  /** Why there is nothing to list */
  empty: ReactNode;
  children: (value: T) => JSX.Element;
}) {
  const { value, loading, error } = props.state;
  if (error) return <ResponseErrorPanel error={error} />;
  if (loading || !value) return <Progress />;
  if (value.items.length === 0) {
    return <Typography variant="body2">{props.empty}</Typography>;
  }
  return props.children(value);
}
