import { useCallback, useState } from 'react';
import { errorMessage } from './format';

/**
 * A form's submission: `busy` while its action runs, and the problem to show when
 * it failed. A successful action leaves `busy` on, as the form is about to close;
 * `reset` clears both.
 */
export function useSubmission() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  /** Runs `action`; resolves to whether it succeeded. */
  const submit = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
      return true;
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
      return false;
    }
  }, []);
  const reset = useCallback(() => {
    setBusy(false);
    setProblem(undefined);
  }, []);
  return { busy, problem, setProblem, submit, reset };
}
