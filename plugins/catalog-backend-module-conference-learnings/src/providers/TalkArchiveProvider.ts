import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  conferenceEntityName,
  parseTalkArchive,
  scheduleToEntities,
} from '@conference-learnings/plugin-conference-learnings-node';
import {
  SourceEntityProvider,
  SourceEntityProviderOptions,
} from './SourceEntityProvider';

/**
 * Ingests an archive of talks from many conferences, such as the Cloud Native
 * Security Talks collection (`{talks: [{title, event, date, abstract, sched_url,
 * youtube_url}]}`): one Conference per event, named after its title
 * (`KubeCon + CloudNativeCon Europe 2024` → `kubecon-cloudnativecon-europe-2024`),
 * and its Talks with their videos.
 * @public
 */
export class TalkArchiveProvider extends SourceEntityProvider {
  constructor(options: SourceEntityProviderOptions) {
    super('archive', options);
  }

  protected toEntities(
    content: string,
    annotations: Record<string, string>,
  ): Entity[] {
    const names = new Set<string>();
    return parseTalkArchive(content).flatMap(schedule => {
      schedule.skipped?.forEach(message => this.warn(message));
      const title = schedule.conference.title ?? '';
      const conferenceName = conferenceEntityName(title);
      if (names.has(conferenceName)) {
        throw new InputError(
          `Talk archive: two events would both be named ${conferenceName}`,
        );
      }
      names.add(conferenceName);
      return scheduleToEntities(schedule, {
        conferenceName,
        namespace: this.options.namespace,
        annotations,
      });
    });
  }
}
