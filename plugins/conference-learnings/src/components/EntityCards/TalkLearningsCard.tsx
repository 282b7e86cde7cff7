import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { RELATION_COVERS_TECHNOLOGY } from '@conference-learnings/plugin-conference-learnings-common';
import { TalkLearnings } from '../Learnings';
import { relationTargets } from '../shared';

/** The learnings on a Talk: read, add, and edit or delete your own. */
export function TalkLearningsCard() {
  const { entity } = useEntity();
  return (
    <InfoCard
      title="Learnings"
      subheader="What people took away from this talk"
    >
      <TalkLearnings
        talkRef={stringifyEntityRef(entity)}
        technologyRefs={relationTargets(entity, RELATION_COVERS_TECHNOLOGY)}
      />
    </InfoCard>
  );
}
