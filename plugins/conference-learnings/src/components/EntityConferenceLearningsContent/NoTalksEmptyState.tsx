import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CodeSnippet, EmptyState } from '@backstage/core-components';
import {
  RELATION_USES_TECHNOLOGY,
  TECHNOLOGIES_ANNOTATION,
} from '@conference-learnings/plugin-conference-learnings-common';
import Typography from '@material-ui/core/Typography';
import { EntityTitle, relationTargets } from '../shared';

/** The annotation example the empty state offers to copy. */
const ANNOTATION_EXAMPLE = `metadata:
  annotations:
    ${TECHNOLOGIES_ANNOTATION}: argocd, kyverno, crossplane`;

function TechnologyList(props: { refs: string[] }) {
  return (
    <>
      {props.refs.map((ref, i) => (
        <span key={ref}>
          {i > 0 && (i === props.refs.length - 1 ? ' and ' : ', ')}
          <EntityTitle entityRef={ref} />
        </span>
      ))}
    </>
  );
}

const HOW_TO_DECLARE = (
  <>
    <Typography variant="body1" gutterBottom>
      Declare the technologies in its <code>catalog-info.yaml</code>, by name,
      alias or entity ref:
    </Typography>
    <CodeSnippet language="yaml" text={ANNOTATION_EXAMPLE} showCopyCodeButton />
    <Typography variant="body2" color="textSecondary" style={{ marginTop: 8 }}>
      Tags that name a technology (argocd, helm, kafka …) and annotations of
      well-known plugins (argocd/app-name, backstage.io/kubernetes-id,
      prometheus.io/rule …) count too. Or link a talk by hand with “Link a
      talk”.
    </Typography>
  </>
);

/**
 * Says honestly why no talk is listed: the entity declares no technology, or no
 * talk covers the ones it uses, or (Systems, Groups) nothing it contains or owns
 * uses one that talks cover.
 */
export function NoTalksEmptyState(props: { entity: Entity }) {
  const { entity } = props;
  const kind = entity.kind.toLocaleLowerCase('en-US');
  const name = <EntityTitle entityRef={stringifyEntityRef(entity)} />;
  const used = relationTargets(entity, RELATION_USES_TECHNOLOGY);
  let title: string;
  let description: JSX.Element;
  let action: JSX.Element | undefined = HOW_TO_DECLARE;

  if (kind === 'technology') {
    title = 'No talk covers this technology yet';
    description = (
      <>
        No talk in the catalog names {name} in its technologies, and none
        mentions it in its title or abstract. Talks come from the conference
        schedules configured under <code>conferenceLearnings.providers</code>{' '}
        and from catalog files with <code>kind: Talk</code>.
      </>
    );
    action = undefined;
  } else if (kind === 'group' || kind === 'user') {
    title = 'No talks match what this team owns';
    description = (
      <>
        Nothing that {name} owns uses a technology a talk covers: either its
        components, APIs, resources and systems declare no technologies, or no
        talk in the catalog is about the ones they use.
      </>
    );
  } else if (kind === 'system' || kind === 'domain') {
    title = 'No talks match this system';
    description = (
      <>
        Neither {name} nor its parts use a technology that a talk in the catalog
        covers.
      </>
    );
  } else if (used.length === 0) {
    title = 'No talks match the technologies of this entity yet';
    description = (
      <>
        Talks are matched by the technologies an entity uses, and none are known
        for {name}.
      </>
    );
  } else {
    title = 'No talk covers the technologies of this entity yet';
    description = (
      <>
        {name} uses <TechnologyList refs={used} />, but no talk in the catalog
        covers {used.length === 1 ? 'it' : 'them'} yet. Declare more
        technologies if it uses others.
      </>
    );
  }

  return (
    <EmptyState
      missing="info"
      title={title}
      description={description}
      action={action}
    />
  );
}
