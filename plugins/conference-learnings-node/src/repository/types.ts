import { EvidenceScope } from '@conference-learnings/plugin-conference-learnings-common';

export type { EvidenceScope };

/** A file of a repository, as read. @public */
export interface RepositoryFile {
  /** Path relative to the repository (or service) root, with `/` separators */
  path: string;
  content: string;
}

/**
 * What a manifest names, before it is resolved to a technology: a package of an
 * ecosystem or installed in an image, a container image (a build stage's apart),
 * a Helm chart, a Kubernetes resource kind and the backends its settings name, a
 * GitHub Action or command run in CI, the registry images are pushed to, a
 * Terraform provider, module, resource or Google API, or the tool the file is
 * written for.
 * @public
 */
export interface ManifestMention {
  ecosystem:
    | 'npm'
    | 'go'
    | 'maven'
    | 'pypi'
    | 'cargo'
    | 'rubygems'
    | 'nuget'
    | 'image'
    | 'build-image'
    | 'build-command'
    | 'release-download'
    | 'os-package'
    | 'php-extension'
    | 'helm-chart'
    | 'kubernetes-api'
    | 'kubernetes-annotation'
    | 'ingress-class'
    | 'dapr-component'
    | 'keda-trigger'
    | 'metric-provider'
    | 'github-action'
    | 'ci-command'
    | 'container-registry'
    | 'terraform-provider'
    | 'terraform-module'
    | 'terraform-resource'
    | 'database-engine'
    | 'google-api'
    | 'tool';
  /**
   * The package, image (without tag), chart, `group/Kind` of a Kubernetes
   * resource, ingress class, backend type, action, command, registry host,
   * Terraform provider, module or resource type, Google API or tool name
   */
  name: string;
  /** 1-based line of the file where it is named */
  line: number;
  scope: EvidenceScope;
  /** What the file says, in words: `npm dependency pg`, `base image envoyproxy/envoy:v1.29` */
  detail: string;
}

/** A mention with the file it is in, its scope weakened by where the file is. @public */
export interface FileMention extends ManifestMention {
  file: string;
}

/** What a repository's manifest files name, before resolution, and what was left out. @public */
export interface RepositoryMentions {
  mentions: FileMention[];
  /** Files that could not be read or parsed, and why */
  skipped: { path: string; reason: string }[];
}

/** One piece of evidence that a repository's service uses a technology. @public */
export interface RepositoryEvidence {
  file: string;
  line: number;
  /** Which rule found it: the kind of mention and how it maps, e.g. `npm dependency pg → PostgreSQL` */
  rule: string;
  scope: EvidenceScope;
}

/** A technology a repository's files show, with all the evidence. @public */
export interface RepositoryTechnology {
  /** Full ref of the Technology entity */
  ref: string;
  /** Its title */
  name: string;
  /** Runtime evidence first */
  evidence: RepositoryEvidence[];
  /** The strongest scope among the evidence: `runtime` when any is */
  scope: EvidenceScope;
}

/** What an analysis found, and what it left out. @public */
export interface RepositoryAnalysis {
  technologies: RepositoryTechnology[];
  /** Files that could not be read or parsed, and why */
  skipped: { path: string; reason: string }[];
}
