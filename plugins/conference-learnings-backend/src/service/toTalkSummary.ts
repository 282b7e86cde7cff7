import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  CONFERENCE_KIND,
  RELATION_COVERS_TECHNOLOGY,
  TalkEntity,
  TalkSummary,
} from '@conference-learnings/plugin-conference-learnings-common';

/** Maps a Talk entity from the catalog to the shape the API returns. */
export function toTalkSummary(entity: Entity): TalkSummary {
  const talk = entity as TalkEntity;
  const { metadata, spec } = talk;
  return {
    entityRef: stringifyEntityRef(talk),
    title: metadata.title ?? metadata.name,
    description: metadata.description,
    conferenceRef: stringifyEntityRef(
      parseEntityRef(spec.conference, {
        defaultKind: CONFERENCE_KIND,
        defaultNamespace: metadata.namespace,
      }),
    ),
    speakers: spec.speakers ?? [],
    startsAt: spec.startsAt,
    type: spec.type,
    track: spec.track,
    technologyRefs: (talk.relations ?? [])
      .filter(r => r.type === RELATION_COVERS_TECHNOLOGY)
      .map(r => r.targetRef),
    video: spec.video,
    slides: spec.slides,
    schedule: spec.schedule,
  };
}
