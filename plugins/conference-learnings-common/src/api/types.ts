import { TalkSpeaker, TalkType } from '../entities';

/** A talk as the Conference Learnings API returns it. @public */
export interface TalkSummary {
  /** Full entity ref, e.g. `talk:default/kubecon-eu-2024-app-of-apps` */
  entityRef: string;
  title: string;
  description?: string;
  /** Full entity ref of the conference */
  conferenceRef: string;
  speakers: TalkSpeaker[];
  startsAt?: string;
  type?: TalkType;
  track?: string;
  /** Full entity refs of the technologies the talk covers */
  technologyRefs: string[];
  video?: string;
  slides?: string;
  schedule?: string;
}

/** A page of talks. @public */
export interface TalksPage {
  items: TalkSummary[];
  totalCount: number;
}
