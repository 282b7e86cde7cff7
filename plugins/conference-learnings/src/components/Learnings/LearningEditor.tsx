import {
  CreateLearningRequest,
  MAX_LEARNING_LENGTH,
  MAX_LEARNING_TECHNOLOGIES,
  parseCreateLearningRequest,
} from '@conference-learnings/plugin-conference-learnings-common';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { FormEvent, useCallback, useId, useState } from 'react';
import {
  EntityTitle,
  errorMessage,
  ProblemAlert,
  refName,
  useSubmission,
} from '../shared';

const useStyles = makeStyles(theme => ({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(2),
    padding: theme.spacing(2, 0),
  },
  actions: { display: 'flex', gap: theme.spacing(1) },
}));

function characters(text: string) {
  return [...text].length;
}

/** Writes or edits a learning: Markdown text and the technologies it is about. */
export function LearningEditor(props: {
  /** Accessible name of the form, e.g. "New learning" */
  label: string;
  initial?: CreateLearningRequest;
  /** Technologies to choose from (the talk's) */
  technologyOptions: string[];
  submitLabel: string;
  onSubmit: (request: CreateLearningRequest) => Promise<void>;
  onCancel: () => void;
}) {
  const classes = useStyles();
  const id = useId();
  const [body, setBody] = useState(props.initial?.body ?? '');
  const [technologyRefs, setTechnologyRefs] = useState<string[]>(
    props.initial?.technologyRefs ?? [],
  );
  const { busy: saving, problem, setProblem, submit } = useSubmission();
  // The form opens on a click of "Add a learning" or "Edit": continue typing there.
  const focusOnMount = useCallback((input: HTMLElement | null) => {
    input?.focus();
  }, []);
  const length = characters(body.trim());
  const tooLong = length > MAX_LEARNING_LENGTH;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    let request: CreateLearningRequest;
    try {
      request = parseCreateLearningRequest({ body, technologyRefs });
    } catch (error) {
      setProblem(errorMessage(error));
      return;
    }
    await submit(() => props.onSubmit(request));
  };

  const options = [...new Set([...props.technologyOptions, ...technologyRefs])];
  return (
    <form className={classes.form} aria-label={props.label} onSubmit={save}>
      <TextField
        id={`${id}-body`}
        label="What did you learn?"
        placeholder="Markdown: what you took away, what you will try, links to follow up"
        multiline
        minRows={3}
        maxRows={16}
        variant="outlined"
        required
        inputRef={focusOnMount}
        value={body}
        onChange={e => setBody(e.target.value)}
        error={tooLong}
        helperText={`${length} / ${MAX_LEARNING_LENGTH} characters · Markdown`}
        inputProps={{ 'aria-describedby': `${id}-body-helper-text` }}
        disabled={saving}
      />
      {options.length > 0 && (
        <Autocomplete
          multiple
          id={`${id}-technologies`}
          options={options}
          value={technologyRefs}
          onChange={(_e, value) =>
            setTechnologyRefs(value.slice(0, MAX_LEARNING_TECHNOLOGIES))
          }
          getOptionLabel={refName}
          renderOption={ref => (
            <EntityTitle entityRef={ref} defaultKind="technology" />
          )}
          renderTags={(value, getTagProps) =>
            value.map((ref, index) => (
              <Chip
                {...getTagProps({ index })}
                key={ref}
                size="small"
                label={<EntityTitle entityRef={ref} defaultKind="technology" />}
              />
            ))
          }
          disabled={saving}
          renderInput={params => (
            <TextField
              {...params}
              variant="outlined"
              label="Technologies it is about"
              placeholder="Optional"
            />
          )}
        />
      )}
      <ProblemAlert problem={problem} />
      <div className={classes.actions}>
        <Button
          type="submit"
          variant="contained"
          color="primary"
          disabled={saving || !body.trim() || tooLong}
        >
          {saving ? 'Saving…' : props.submitLabel}
        </Button>
        <Button onClick={props.onCancel} disabled={saving}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
