import Button from '@material-ui/core/Button';
import { ReactNode } from 'react';
import { safeHttpUrl } from './safeUrl';

/**
 * A small outlined button to an external page, opening in a new tab; nothing at
 * all unless `href` is an absolute http(s) URL, so imported text never becomes a
 * `javascript:` link.
 */
export function ExternalLinkButton(props: {
  href: string | undefined;
  icon: ReactNode;
  /** The accessible name; say that it opens in a new tab. */
  label: string;
  children: ReactNode;
  variant?: 'outlined' | 'text';
}) {
  const href = safeHttpUrl(props.href);
  if (!href) return null;
  return (
    <Button
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      size="small"
      variant={props.variant ?? 'outlined'}
      startIcon={props.icon}
      aria-label={props.label}
    >
      {props.children}
    </Button>
  );
}
