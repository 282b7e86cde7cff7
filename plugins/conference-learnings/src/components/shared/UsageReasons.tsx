import Link from '@material-ui/core/Link';
import { EntityTechnologyUsageReason } from '@conference-learnings/plugin-conference-learnings-common';
import { Fragment } from 'react';
import { describeRepositoryRule, describeUsage } from './reasons';
import { safeHttpUrl } from './safeUrl';

/** How many reasons are shown before `and N more`. */
const SHOWN = 3;

function UsageReason(props: { reason: EntityTechnologyUsageReason }) {
  const { reason } = props;
  const href =
    reason.type === 'repository' ? safeHttpUrl(reason.url) : undefined;
  if (reason.type !== 'repository' || !href) {
    return <>{describeUsage(reason)}</>;
  }
  // The file and line link to the repository; the rest stays text.
  return (
    <>
      <Link href={href} target="_blank" rel="noopener noreferrer">
        <code>{`${reason.file}:${reason.line}`}</code>
      </Link>
      {describeRepositoryRule(reason)}
    </>
  );
}

/**
 * Why an entity uses a technology, each reason in words, the first few only
 * (`… and 2 more`); repository evidence names its file and line, linked to the
 * repository when the link is http(s).
 */
export function UsageReasons(props: {
  reasons: EntityTechnologyUsageReason[];
}) {
  const shown = props.reasons.slice(0, SHOWN);
  const more = props.reasons.length - shown.length;
  return (
    <>
      {shown.map((reason, i) => (
        <Fragment key={i}>
          {i > 0 && ', '}
          <UsageReason reason={reason} />
        </Fragment>
      ))}
      {more > 0 && ` and ${more} more`}
    </>
  );
}
