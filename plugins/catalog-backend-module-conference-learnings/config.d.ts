import { HumanDuration } from '@backstage/types';
import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  conferenceLearnings?: {
    /** How the catalog module infers which technologies an entity uses. */
    inference?: {
      /**
       * More annotations that mean an entity uses a technology, mapped to the
       * technology's name, alias or entity ref, e.g. `acme.io/helm-release: Helm`.
       * They add to the built-in ones (`argocd/app-name` → Argo, …).
       */
      annotations?: { [annotation: string]: string };
    };
    /**
     * Evidence from services' repositories: for each Component, System, Resource
     * and API with a `backstage.io/source-location` (or read from a
     * `catalog-info.yaml` on disk), the manifest files (package.json, go.mod,
     * pom.xml, Dockerfiles, compose files, Helm charts, Kubernetes manifests,
     * workflows, Terraform …) are read through the backend's URL reader and
     * what they name becomes `usesTechnology` with the file and line as reason.
     */
    repositories?: {
      /** Read repositories at all. Default: true. */
      enabled?: boolean;
      /**
       * How long a repository's evidence is kept before it is checked again (with
       * its etag, so an unchanged tree is not read again); each entity's interval
       * is stretched by up to 25 % so re-reads spread out. Default: 6 hours.
       */
      refreshInterval?: HumanDuration | string;
      /**
       * Repository reads started per minute at most, per backend instance; the
       * others wait for a later processing cycle with their last evidence.
       * Mind your Git host's rate limit (a GitHub read costs about two API
       * requests). Default: 30.
       */
      readsPerMinute?: number;
      /** How long one repository read may take. Default: 30 seconds. */
      timeout?: HumanDuration | string;
      /**
       * More rules mapping what manifest files name to technologies, tried before
       * the built-in ones, e.g. `{ ecosystem: npm, match: '@acme/kafka-client', technology: Kafka }`.
       */
      rules?: Array<{
        /**
         * What kind of name `match` is: `npm`, `go`, `maven`, `pypi`, `cargo`,
         * `rubygems`, `nuget` (packages), `image`, `helm-chart`,
         * `kubernetes-api` (API groups), `github-action`, `terraform-provider`
         * or `terraform-module`.
         */
        ecosystem: string;
        /** The exact name, or a prefix ending with `*` */
        match: string;
        /** Name, alias or ref of the Technology; none: the name means no technology */
        technology?: string;
        /** `runtime`, `dev` or `test`: overrides the scope of what the rule finds */
        scope?: 'runtime' | 'dev' | 'test';
      }>;
      /**
       * Folders on the backend's disk that `file:` repository URLs may point into
       * (relative to the backend's working directory), read by the local
       * repository reader (`localRepositoryUrlReaderFactory`). Nothing outside
       * them, and no symbolic link, is ever read. Default: none.
       */
      localDirectories?: string[];
    };
    /**
     * Entity providers, by type and then by an id of your choice, e.g.
     * `conferenceLearnings.providers.sched.kubeconEu2026`. A source that fails is
     * logged and the entities it gave last are kept.
     */
    providers?: {
      /** CNCF `landscape.yml` files, ingested as Technology entities. */
      landscape?: {
        [id: string]: {
          /**
           * Where to read: an http(s) URL, read through the backend's URL reader (so the host
           * must be allowed under `backend.reading.allow` or have an integration), or a file
           * path relative to the backend's working directory.
           */
          source: string;
          /**
           * How long one read of the source may take before the run gives up and keeps the
           * entities ingested last. Default: 30 seconds.
           */
          timeout?: HumanDuration | string;
          /**
           * When to read the source. Default: every 6 hours, a run timing out after 10
           * minutes, the first run 5 seconds after start.
           */
          schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
          /** Only the CNCF's own projects (those with a maturity). Default: false. */
          onlyCncfProjects?: boolean;
          /** Only items of these landscape categories, e.g. `[Provisioning, Observability and Analysis]`. Default: all. */
          categories?: string[];
        };
      };
      /** Sched events, ingested as one Conference and its Talks. */
      sched?: {
        [id: string]: {
          /**
           * Where to read: an http(s) URL, read through the backend's URL reader (so the host
           * must be allowed under `backend.reading.allow` or have an integration), or a file
           * path relative to the backend's working directory.
           */
          source: string;
          /**
           * How long one read of the source may take before the run gives up and keeps the
           * entities ingested last. Default: 30 seconds.
           */
          timeout?: HumanDuration | string;
          /**
           * When to read the source. Default: every 6 hours, a run timing out after 10
           * minutes, the first run 5 seconds after start.
           */
          schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
          /**
           * `metadata.name` of the Conference the schedule becomes, at most 40 characters,
           * e.g. `kubecon-eu-2026`; its talks are named `<conference>-<title slug>`.
           */
          conference: string;
          /** Title of the Conference; default: the title the source gives, else `conference`. */
          conferenceTitle?: string;
          /** Namespace of the Conference and its Talks. Default: `default`. */
          namespace?: string;
          /**
           * IANA time zone of the conference, e.g. `Europe/Amsterdam`, for times the source
           * gives without an offset (Sessionize, Sched CSV, floating iCalendar times).
           */
          timeZone?: string;
          /**
           * What the source is: `json` (the session export of Sched's API, or a scraped
           * event index), `ics` (the event's `all.ics` feed) or `csv` (the session list).
           * Default: `json`.
           */
          format?: 'json' | 'ics' | 'csv';
        };
      };
      /** Sessionize events (`/api/v2/<id>/view/All`), ingested as one Conference and its Talks. */
      sessionize?: {
        [id: string]: {
          /**
           * Where to read: an http(s) URL, read through the backend's URL reader (so the host
           * must be allowed under `backend.reading.allow` or have an integration), or a file
           * path relative to the backend's working directory.
           */
          source: string;
          /**
           * How long one read of the source may take before the run gives up and keeps the
           * entities ingested last. Default: 30 seconds.
           */
          timeout?: HumanDuration | string;
          /**
           * When to read the source. Default: every 6 hours, a run timing out after 10
           * minutes, the first run 5 seconds after start.
           */
          schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
          /**
           * `metadata.name` of the Conference the schedule becomes, at most 40 characters,
           * e.g. `kubecon-eu-2026`; its talks are named `<conference>-<title slug>`.
           */
          conference: string;
          /** Title of the Conference; default: the title the source gives, else `conference`. */
          conferenceTitle?: string;
          /** Namespace of the Conference and its Talks. Default: `default`. */
          namespace?: string;
          /**
           * IANA time zone of the conference, e.g. `Europe/Amsterdam`, for times the source
           * gives without an offset (Sessionize, Sched CSV, floating iCalendar times).
           */
          timeZone?: string;
        };
      };
      /**
       * Archives of talks from many conferences, such as the Cloud Native Security
       * Talks collection (`{talks: [{title, event, date, abstract, sched_url, youtube_url}]}`),
       * ingested as one Conference per event and its Talks.
       */
      archive?: {
        [id: string]: {
          /**
           * Where to read: an http(s) URL, read through the backend's URL reader (so the host
           * must be allowed under `backend.reading.allow` or have an integration), or a file
           * path relative to the backend's working directory.
           */
          source: string;
          /**
           * How long one read of the source may take before the run gives up and keeps the
           * entities ingested last. Default: 30 seconds.
           */
          timeout?: HumanDuration | string;
          /**
           * When to read the source. Default: every 6 hours, a run timing out after 10
           * minutes, the first run 5 seconds after start.
           */
          schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
          /** Namespace of the entities. Default: `default`. */
          namespace?: string;
        };
      };
      /** Files in the curated talks format (see the README), ingested as Conferences, Talks and Technologies. */
      file?: {
        [id: string]: {
          /**
           * Where to read: an http(s) URL, read through the backend's URL reader (so the host
           * must be allowed under `backend.reading.allow` or have an integration), or a file
           * path relative to the backend's working directory.
           */
          source: string;
          /**
           * How long one read of the source may take before the run gives up and keeps the
           * entities ingested last. Default: 30 seconds.
           */
          timeout?: HumanDuration | string;
          /**
           * When to read the source. Default: every 6 hours, a run timing out after 10
           * minutes, the first run 5 seconds after start.
           */
          schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
          /** Namespace of the entities. Default: `default`. */
          namespace?: string;
        };
      };
    };
  };
}
