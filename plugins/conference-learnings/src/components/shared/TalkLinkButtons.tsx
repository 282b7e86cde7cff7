import { TalkSummary } from '@conference-learnings/plugin-conference-learnings-common';
import { TalkMediaButton } from './TalkMediaButton';

/** "Video" and "Slides" buttons, only for http(s) URLs, opening in a new tab. */
export function TalkLinkButtons(props: { talk: TalkSummary }) {
  const { talk } = props;
  return (
    <>
      <TalkMediaButton
        media="video"
        href={talk.video}
        label={`Video of ${talk.title} (opens in a new tab)`}
      />
      <TalkMediaButton
        media="slides"
        href={talk.slides}
        label={`Slides of ${talk.title} (opens in a new tab)`}
      />
    </>
  );
}
