import Alert from '@material-ui/lab/Alert';

/** Why the last action failed, announced as an alert; nothing when it did not. */
export function ProblemAlert(props: { problem?: string }) {
  if (!props.problem) return null;
  return (
    <Alert severity="error" role="alert">
      {props.problem}
    </Alert>
  );
}
