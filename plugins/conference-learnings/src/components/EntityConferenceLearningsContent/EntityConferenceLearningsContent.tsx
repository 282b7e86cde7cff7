import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  CodeSnippet,
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { TECHNOLOGIES_ANNOTATION } from '@conference-learnings/plugin-conference-learnings-common';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { conferenceLearningsApiRef } from '../../api';
import { TalkList } from '../TalkList';

const annotationExample = `metadata:
  annotations:
    ${TECHNOLOGIES_ANNOTATION}: argocd, kyverno, crossplane`;

/** The "Conference Learnings" tab of an entity page: the talks relevant to it. */
export function EntityConferenceLearningsContent() {
  const { entity } = useEntity();
  const api = useApi(conferenceLearningsApiRef);
  const entityRef = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(
    () => api.getEntityTalks(entityRef),
    [api, entityRef],
  );

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value || value.items.length === 0) {
    return (
      <EmptyState
        missing="info"
        title="No talks match the technologies of this entity yet"
        description="Talks are matched by the technologies an entity uses. None are known for this one: declare them with an annotation, tags such as argocd or helm, or well-known plugin annotations (argocd/app-name, backstage.io/kubernetes-id, …)."
        action={
          <>
            <Typography variant="body1" gutterBottom>
              Add to catalog-info.yaml:
            </Typography>
            <CodeSnippet
              language="yaml"
              text={annotationExample}
              showCopyCodeButton
            />
          </>
        }
      />
    );
  }
  return (
    <InfoCard title="Relevant conference talks">
      <TalkList talks={value.items} />
    </InfoCard>
  );
}
