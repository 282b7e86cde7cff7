import { MarkdownContent } from '@backstage/core-components';
import { safeHttpUrl } from './safeUrl';

const onlyHttp = (uri: string) => safeHttpUrl(uri) ?? '';

/**
 * Markdown from imported or user-written text. CommonMark without raw HTML (HTML
 * in the text is shown as text, never rendered), links and images only to
 * absolute http(s) URLs, links opening in a new tab.
 */
export function SafeMarkdown(props: { content: string; className?: string }) {
  return (
    <MarkdownContent
      content={props.content}
      dialect="common-mark"
      linkTarget="_blank"
      transformLinkUri={onlyHttp}
      transformImageUri={onlyHttp}
      className={props.className}
    />
  );
}
