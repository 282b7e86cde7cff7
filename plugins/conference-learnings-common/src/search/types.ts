import { IndexableDocument } from '@backstage/plugin-search-common';

/** The search document type of conference talks. @public */
export const CONFERENCE_TALK_DOCUMENT_TYPE = 'conference-talk';

/** A conference talk as the Backstage search indexes it. @public */
export interface ConferenceTalkDocument extends IndexableDocument {
  /** Talk entity ref, e.g. `talk:default/kubecon-eu-2024-app-of-apps` */
  entityRef: string;
  /** Conference title */
  conference: string;
  /** Year of the talk or its conference, when known */
  year?: number;
  speakers: string[];
  /** Technology titles */
  technologies: string[];
  type?: string;
  track?: string;
}
