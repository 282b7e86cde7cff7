import { useApi } from '@backstage/core-plugin-api';
import { conferenceLearningsApiRef } from '../../api';
import { ConfirmDialog } from '../shared';

/** A talk linked to the entity, as the unlink dialog names it. */
export interface LinkedTalk {
  talkRef: string;
  title: string;
}

/** Asks before removing the link of a talk to the entity, then removes it. */
export function UnlinkTalkDialog(props: {
  entityRef: string;
  entityTitle: string;
  /** The talk to unlink; none closes the dialog */
  talk?: LinkedTalk;
  onClose: () => void;
  onUnlinked: (talk: LinkedTalk) => void;
}) {
  const { entityTitle, talk } = props;
  const api = useApi(conferenceLearningsApiRef);
  return (
    <ConfirmDialog
      open={!!talk}
      title="Unlink this talk?"
      confirmLabel="Unlink"
      onClose={props.onClose}
      onConfirm={async () => {
        await api.unlinkTalk(props.entityRef, talk!.talkRef);
        props.onUnlinked(talk!);
      }}
    >
      “{talk?.title}” will no longer be linked to {entityTitle}. It may still be
      listed when it covers a technology {entityTitle} uses.
    </ConfirmDialog>
  );
}
