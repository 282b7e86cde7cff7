import { RankedTalk } from '@conference-learnings/plugin-conference-learnings-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import { useId } from 'react';
import { TalkLearnings } from '../Learnings';

/** The learnings on one talk, opened from the list without leaving the page. */
export function TalkLearningsDialog(props: {
  /** The talk whose learnings are shown; none closes the dialog */
  rankedTalk?: RankedTalk;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { rankedTalk } = props;
  const titleId = `${useId()}-learnings-title`;
  return (
    <Dialog
      open={!!rankedTalk}
      onClose={props.onClose}
      aria-labelledby={titleId}
      maxWidth="md"
      fullWidth
    >
      <DialogTitle id={titleId}>
        Learnings on “{rankedTalk?.talk.title}”
      </DialogTitle>
      <DialogContent>
        {rankedTalk && (
          <TalkLearnings
            talkRef={rankedTalk.talk.entityRef}
            technologyRefs={rankedTalk.talk.technologyRefs}
            onChanged={props.onChanged}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
