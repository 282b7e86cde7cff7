import { Learning } from '@conference-learnings/plugin-conference-learnings-common';
import { DividedList } from '../shared';
import { LearningItem } from './LearningItem';

/** Learnings in the order the backend gave them; their authors can edit and delete them. */
export function LearningList(props: {
  'aria-label': string;
  learnings: Learning[];
  /** Ref of the signed-in user, to offer editing their own learnings */
  userEntityRef?: string;
  /** Name each learning's talk, for lists across talks */
  showTalk?: boolean;
  technologyOptions?: string[];
  onChanged: () => void;
}) {
  return (
    <DividedList aria-label={props['aria-label']}>
      {props.learnings.map(learning => (
        <LearningItem
          key={learning.id}
          learning={learning}
          showTalk={props.showTalk}
          userEntityRef={props.userEntityRef}
          technologyOptions={props.technologyOptions}
          onChanged={props.onChanged}
        />
      ))}
    </DividedList>
  );
}
