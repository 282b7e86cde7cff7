import { useApi } from '@backstage/core-plugin-api';
import {
  CreateTalkLinkRequest,
  MAX_LINK_NOTE_LENGTH,
  parseCreateTalkLinkRequest,
  TalkSummary,
} from '@conference-learnings/plugin-conference-learnings-common';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { conferenceLearningsApiRef } from '../../api';
import {
  errorMessage,
  ProblemAlert,
  talkByline,
  useDebouncedSearchText,
  useSubmission,
} from '../shared';

const useStyles = makeStyles(theme => ({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(2),
    minWidth: 'min(560px, 80vw)',
  },
}));

/** Finds talks as the user types (server-side, debounced, stale answers dropped). */
function useTalkSearch(input: string, open: boolean) {
  const api = useApi(conferenceLearningsApiRef);
  const q = useDebouncedSearchText(input);
  const [options, setOptions] = useState<TalkSummary[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Error>();
  useEffect(() => {
    if (!open) return undefined;
    const controller = new AbortController();
    setLoading(true);
    api
      .listTalks(
        { q: q || undefined, limit: 20 },
        { signal: controller.signal },
      )
      .then(page => {
        setOptions(page.items);
        setError(undefined);
      })
      .catch(e => {
        if (!controller.signal.aborted) setError(e);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [api, q, open]);
  return { options, loading, error };
}

/** The talk to link: searched on the server as the user types. */
function TalkPicker(props: {
  id: string;
  open: boolean;
  talk: TalkSummary | null;
  onTalkChange: (talk: TalkSummary | null) => void;
  input: string;
  onInputChange: (input: string) => void;
  disabled: boolean;
}) {
  const search = useTalkSearch(props.input, props.open);
  // The dialog opens on "Link a talk": start in the search field.
  const focusTalkInput = useCallback((element: HTMLElement | null) => {
    element?.focus();
  }, []);
  return (
    <Autocomplete
      id={props.id}
      options={search.options}
      value={props.talk}
      onChange={(_e, value) => props.onTalkChange(value)}
      inputValue={props.input}
      onInputChange={(_e, value) => props.onInputChange(value)}
      filterOptions={x => x}
      getOptionLabel={option => option.title}
      getOptionSelected={(option, value) =>
        option.entityRef === value.entityRef
      }
      renderOption={option => (
        <div>
          <Typography variant="body1">{option.title}</Typography>
          <Typography variant="body2" color="textSecondary">
            {talkByline(option)}
          </Typography>
        </div>
      )}
      loading={search.loading}
      noOptionsText={
        search.error
          ? `Could not search talks: ${errorMessage(search.error)}`
          : 'No talk matches'
      }
      disabled={props.disabled}
      renderInput={params => (
        <TextField
          {...params}
          label="Talk"
          placeholder="Search by title, speaker or technology"
          variant="outlined"
          required
          inputRef={focusTalkInput}
          InputProps={{
            ...params.InputProps,
            endAdornment: (
              <>
                {search.loading && (
                  <CircularProgress color="inherit" size={20} />
                )}
                {params.InputProps.endAdornment}
              </>
            ),
          }}
        />
      )}
    />
  );
}

/** Links a talk to the entity, with an optional note on why it matters. */
export function LinkTalkDialog(props: {
  open: boolean;
  entityRef: string;
  entityTitle: string;
  onClose: () => void;
  onLinked: (talk: TalkSummary) => void;
}) {
  const { open, entityRef, entityTitle } = props;
  const classes = useStyles();
  const id = useId();
  const api = useApi(conferenceLearningsApiRef);
  const [input, setInput] = useState('');
  const [talk, setTalk] = useState<TalkSummary | null>(null);
  const [note, setNote] = useState('');
  const { busy: saving, problem, setProblem, submit, reset } = useSubmission();

  useEffect(() => {
    if (open) {
      setInput('');
      setTalk(null);
      setNote('');
      reset();
    }
  }, [open, reset]);

  const noteLength = [...note.trim()].length;
  const link = async (event: FormEvent) => {
    event.preventDefault();
    if (!talk) {
      setProblem('Choose a talk to link.');
      return;
    }
    let request: CreateTalkLinkRequest;
    try {
      request = parseCreateTalkLinkRequest({
        talkRef: talk.entityRef,
        note: note.trim() || undefined,
      });
    } catch (error) {
      setProblem(errorMessage(error));
      return;
    }
    await submit(async () => {
      await api.linkTalk(entityRef, request);
      props.onLinked(talk);
    });
  };

  return (
    <Dialog
      open={open}
      onClose={saving ? undefined : props.onClose}
      aria-labelledby={`${id}-title`}
      maxWidth="md"
    >
      <form onSubmit={link} aria-label="Link a talk">
        <DialogTitle id={`${id}-title`}>
          Link a talk to {entityTitle}
        </DialogTitle>
        <DialogContent className={classes.content}>
          <Typography variant="body2" color="textSecondary">
            Linked talks are listed first on this tab, with your note, for
            everyone.
          </Typography>
          <TalkPicker
            id={`${id}-talk`}
            open={open}
            talk={talk}
            onTalkChange={setTalk}
            input={input}
            onInputChange={setInput}
            disabled={saving}
          />
          <TextField
            id={`${id}-note`}
            label="Note (optional)"
            placeholder="Why this talk matters for this entity"
            multiline
            minRows={2}
            variant="outlined"
            value={note}
            onChange={e => setNote(e.target.value)}
            error={noteLength > MAX_LINK_NOTE_LENGTH}
            helperText={`${noteLength} / ${MAX_LINK_NOTE_LENGTH} characters`}
            disabled={saving}
          />
          <ProblemAlert problem={problem} />
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose} disabled={saving}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={saving || !talk || noteLength > MAX_LINK_NOTE_LENGTH}
          >
            {saving ? 'Linking…' : 'Link talk'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
