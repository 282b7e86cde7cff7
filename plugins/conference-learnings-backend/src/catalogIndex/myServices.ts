import {
  MyServices,
  ServiceTalk,
  ServiceTalks,
} from '@conference-learnings/plugin-conference-learnings-common';
import { aggregateInterests } from '../ranking/aggregateInterests';
import { explainTechnologies, round, topTalks } from '../ranking/rankTalks';
import { CatalogIndex } from './CatalogIndex';
import { memberUsages, ownedMembers } from './entityInterests';
import { technologyUserOf } from './technologyUsers';

/**
 * The talks relevant to what the owners (a user and their groups) own, grouped
 * by the service that uses the technologies each covers: the best `limit` talks
 * for the owners as a whole, each listed under every service whose technologies
 * it covers, at most `talksPerService` per service in ranking order; services
 * by name.
 */
export function myServices(
  index: CatalogIndex,
  caller: { userEntityRef: string; ownershipEntityRefs: string[] },
  options: { limit: number; talksPerService: number },
): MyServices {
  const owners = [
    ...new Set(
      [caller.userEntityRef, ...caller.ownershipEntityRefs].map(ref =>
        ref.toLocaleLowerCase('en-US'),
      ),
    ),
  ];
  const usages = memberUsages(index, ownedMembers(index, owners));
  const interests = aggregateInterests(usages, Infinity);
  const ranked = topTalks(index, interests, [], options.limit);
  const services = new Map<
    string,
    { talks: ServiceTalk[]; talkCount: number; technologyRefs: Set<string> }
  >();
  for (const { talkId, score } of ranked.items) {
    const byService = new Map<string, ServiceTalk>();
    for (const reason of explainTechnologies(index, interests, talkId)) {
      for (const { entityRef } of reason.usedBy) {
        let item = byService.get(entityRef);
        if (!item) {
          item = {
            talk: index.talks[talkId].summary,
            score: round(score),
            technologies: [],
          };
          byService.set(entityRef, item);
        }
        item.technologies.push({
          technologyRef: reason.technologyRef,
          technologyTitle: reason.technologyTitle ?? reason.technologyRef,
          coverage: reason.coverage,
        });
      }
    }
    for (const [entityRef, item] of byService) {
      let service = services.get(entityRef);
      if (!service) {
        service = { talks: [], talkCount: 0, technologyRefs: new Set() };
        services.set(entityRef, service);
      }
      service.talkCount++;
      item.technologies.forEach(t =>
        service!.technologyRefs.add(t.technologyRef),
      );
      if (service.talks.length < options.talksPerService) {
        service.talks.push(item);
      }
    }
  }
  const result: ServiceTalks[] = [];
  for (const [entityRef, { talks, talkCount, technologyRefs }] of services) {
    const entity = index.getEntity(entityRef);
    if (entity) {
      result.push({
        service: technologyUserOf(index, entity, technologyRefs),
        talks,
        talkCount,
      });
    }
  }
  const nameOf = (ref: string) => ref.slice(ref.indexOf('/') + 1);
  return {
    userEntityRef: caller.userEntityRef,
    groupRefs: owners.filter(ref => ref.startsWith('group:')),
    services: result.sort(
      (a, b) =>
        nameOf(a.service.entityRef).localeCompare(
          nameOf(b.service.entityRef),
        ) || (a.service.entityRef < b.service.entityRef ? -1 : 1),
    ),
  };
}
