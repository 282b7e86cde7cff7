import { Link } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { makeStyles } from '@material-ui/core/styles';
import { createContext, useContext, useMemo } from 'react';
import ReactMarkdown, { Components } from 'react-markdown';
import { safeHttpUrl } from './safeUrl';

const useStyles = makeStyles(theme => ({
  markdown: {
    '& a': { color: theme.palette.link },
    '& img': { maxWidth: '100%' },
  },
}));

const onlyHttp = (uri: string) => safeHttpUrl(uri) ?? '';

/**
 * Whether the browser may load an image from `url`: its host is one of `hosts`,
 * each an exact host name or `*.example.com` for every subdomain of one.
 */
export function isAllowedImageHost(url: string, hosts: readonly string[]) {
  const { hostname } = new URL(url);
  return hosts.some(host => {
    const pattern = host.toLowerCase();
    return pattern.startsWith('*.')
      ? hostname.endsWith(pattern.slice(1))
      : hostname === pattern;
  });
}

/** Whether an element is inside a link, where another link may not go. */
const InLink = createContext(false);

const link: Components['a'] = ({ href, title, children }) =>
  href ? (
    <Link to={href} title={title}>
      <InLink.Provider value>{children}</InLink.Provider>
    </Link>
  ) : (
    <>{children}</>
  );

function BlockedImage(props: { src: string; alt?: string; title?: string }) {
  const { src, alt, title } = props;
  const text = alt ? `Image “${alt}”: ${src}` : `Image: ${src}`;
  return useContext(InLink) ? (
    <>{text}</>
  ) : (
    <Link to={src} title={title}>
      {text}
    </Link>
  );
}

/**
 * Renders an image only from an allowed host; any other shows its URL as a link
 * (as text inside a link, such as a badge).
 */
function imageRenderer(hosts: readonly string[]): Components['img'] {
  return ({ src, alt, title }) => {
    if (!src) return <>{alt}</>;
    if (isAllowedImageHost(src, hosts)) {
      return (
        <img src={src} alt={alt} title={title} referrerPolicy="no-referrer" />
      );
    }
    return <BlockedImage src={src} alt={alt} title={title} />;
  };
}

/**
 * Markdown from imported or user-written text. CommonMark without raw HTML (HTML
 * in the text is shown as text, never rendered), links only to absolute http(s)
 * URLs, opening in a new tab. Images load only from the hosts in
 * `conferenceLearnings.markdown.allowedImageHosts` (default: none); any other
 * image is a link showing its URL, so that Markdown cannot make readers' browsers
 * request anything.
 */
export function SafeMarkdown(props: { content: string; className?: string }) {
  const classes = useStyles();
  const config = useApi(configApiRef);
  const components = useMemo(() => {
    const hosts = config.getOptionalStringArray(
      'conferenceLearnings.markdown.allowedImageHosts',
    );
    return { a: link, img: imageRenderer(hosts ?? []) };
  }, [config]);
  return (
    <ReactMarkdown
      className={`${classes.markdown} ${props.className ?? ''}`.trim()}
      transformLinkUri={onlyHttp}
      transformImageUri={onlyHttp}
      components={components}
    >
      {props.content}
    </ReactMarkdown>
  );
}
