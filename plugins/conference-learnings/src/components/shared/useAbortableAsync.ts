import {
  DependencyList,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';

interface AbortableAsyncState<T> {
  /** The latest value; kept while the next one loads, so nothing jumps */
  value?: T;
  loading: boolean;
  error?: Error;
  retry: () => void;
}

/**
 * Runs `fn` whenever `deps` change, aborting the previous run; answers of aborted
 * runs are ignored, so a slow old search never overwrites a newer one.
 */
export function useAbortableAsync<T>(
  fn: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
): AbortableAsyncState<T> {
  const [state, setState] = useState<{
    value?: T;
    loading: boolean;
    error?: Error;
  }>({ loading: true });
  const [attempt, setAttempt] = useState(0);
  const fnRef = useRef(fn);
  fnRef.current = fn;

  useEffect(() => {
    const controller = new AbortController();
    setState(s => (s.loading && !s.error ? s : { ...s, loading: true }));
    fnRef.current(controller.signal).then(
      value => {
        if (!controller.signal.aborted) setState({ value, loading: false });
      },
      error => {
        if (!controller.signal.aborted) {
          setState(s => ({ value: s.value, loading: false, error }));
        }
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);

  const retry = useCallback(() => setAttempt(a => a + 1), []);
  return { ...state, retry };
}
