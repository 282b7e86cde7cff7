import OndemandVideoIcon from '@material-ui/icons/OndemandVideo';
import SlideshowIcon from '@material-ui/icons/Slideshow';
import { ExternalLinkButton } from './ExternalLinkButton';

const MEDIA = {
  video: { icon: <OndemandVideoIcon />, text: 'Video' },
  slides: { icon: <SlideshowIcon />, text: 'Slides' },
};

/** The "Video" or "Slides" button of a talk; nothing unless `href` is http(s). */
export function TalkMediaButton(props: {
  media: keyof typeof MEDIA;
  href: string | undefined;
  /** The accessible name; say that it opens in a new tab. */
  label: string;
}) {
  const { icon, text } = MEDIA[props.media];
  return (
    <ExternalLinkButton href={props.href} icon={icon} label={props.label}>
      {text}
    </ExternalLinkButton>
  );
}
