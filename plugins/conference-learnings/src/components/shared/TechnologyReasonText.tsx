import { TalkRelevanceReason } from '@conference-learnings/plugin-conference-learnings-common';
import { Fragment } from 'react';
import { refName, sameRef } from './format';
import { UsageReasons } from './UsageReasons';

type TechnologyReason = Extract<TalkRelevanceReason, { type: 'technology' }>;

/**
 * A technology reason in words, e.g. `Uses Argo — annotation argocd/app-name ·
 * talk covers Argo`, or `Uses KEDA — deploy/values.yaml:41: … · talk covers
 * KEDA` with the file linked. For a System or Group the using parts are named
 * (`tracking-web (annotation …), eta-predictor (tag keda) and 2 more`); for the
 * Technology itself only the coverage is said.
 */
export function TechnologyReasonText(props: {
  reason: TechnologyReason;
  entityRef: string;
}) {
  const { reason, entityRef } = props;
  const title = reason.technologyTitle ?? refName(reason.technologyRef);
  const coverage = `${
    reason.coverage === 'detected' ? 'mentions' : 'covers'
  } ${title}`;
  if (reason.usedBy.length === 0) {
    return <>Talk {coverage}</>;
  }
  const own = reason.usedBy.find(e => sameRef(e.entityRef, entityRef));
  const more = reason.usedByCount - reason.usedBy.length;
  return (
    <>
      {`Uses ${title} — `}
      {own && reason.usedByCount <= 1 ? (
        <UsageReasons reasons={own.reasons} />
      ) : (
        <>
          {reason.usedBy.map((user, i) => (
            <Fragment key={user.entityRef}>
              {i > 0 && ', '}
              {`${refName(user.entityRef)} (`}
              <UsageReasons reasons={user.reasons} />)
            </Fragment>
          ))}
          {more > 0 && ` and ${more} more`}
        </>
      )}
      {` · talk ${coverage}`}
    </>
  );
}
