export interface Config {
  conferenceLearnings?: {
    /**
     * The in-memory index of the catalog (talks, technologies, usages,
     * ownership) the backend answers from. It is rebuilt on a schedule, so
     * answers lag the catalog by at most `refreshInterval` plus one rebuild.
     */
    index?: {
      /**
       * How often to rebuild the index from the catalog: a duration object
       * (`{ seconds: 30 }`), an ISO 8601 duration (`PT30S`) or a string such as
       * `30s`. Default: 30 seconds.
       */
      refreshInterval?:
        | {
            milliseconds?: number;
            seconds?: number;
            minutes?: number;
            hours?: number;
            days?: number;
          }
        | string;
      /**
       * How many entities to read per catalog request while rebuilding, from 1 to
       * 10000. Default: 500.
       */
      pageSize?: number;
    };
    /** Learnings: a person's takeaways from a talk. */
    learnings?: {
      /**
       * Who may update or delete a learning. `authors` (default): only its author
       * — the permission policy can refuse even the author (DENY) or grant others
       * through a conditional decision, but a plain ALLOW (as from the allow-all
       * policy) does not let anyone change someone else's learning. `policy`: the
       * permission policy alone decides, as usual in Backstage (with allow-all,
       * anyone may change any learning).
       */
      changePolicy?: 'authors' | 'policy';
    };
  };
}
