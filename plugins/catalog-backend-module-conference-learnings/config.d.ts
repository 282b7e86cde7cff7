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
  };
}
