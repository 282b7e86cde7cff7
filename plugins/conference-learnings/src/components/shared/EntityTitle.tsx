import { useEntityPresentation } from '@backstage/plugin-catalog-react';

/** An entity's title as plain text, so it flows in a sentence or a label. */
export function EntityTitle(props: {
  entityRef: string;
  defaultKind?: string;
}) {
  const { primaryTitle } = useEntityPresentation(props.entityRef, {
    defaultKind: props.defaultKind,
  });
  return <>{primaryTitle}</>;
}
