import { TalkSummary } from '@conference-learnings/plugin-conference-learnings-common';
import OndemandVideoIcon from '@material-ui/icons/OndemandVideo';
import SlideshowIcon from '@material-ui/icons/Slideshow';
import { ExternalLinkButton } from './ExternalLinkButton';

/** "Video" and "Slides" buttons, only for http(s) URLs, opening in a new tab. */
export function TalkLinkButtons(props: { talk: TalkSummary }) {
  const { talk } = props;
  return (
    <>
      <ExternalLinkButton
        href={talk.video}
        icon={<OndemandVideoIcon />}
        label={`Video of ${talk.title} (opens in a new tab)`}
      >
        Video
      </ExternalLinkButton>
      <ExternalLinkButton
        href={talk.slides}
        icon={<SlideshowIcon />}
        label={`Slides of ${talk.title} (opens in a new tab)`}
      >
        Slides
      </ExternalLinkButton>
    </>
  );
}
