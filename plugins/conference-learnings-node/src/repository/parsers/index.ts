import { ManifestKind } from '../manifestFiles';
import { ManifestMention, RepositoryFile } from '../types';
import { parseCargoToml } from './cargoManifests';
import { parseGithubWorkflow, parseGitlabCi } from './ciManifests';
import { parseCompose, parseDockerfile } from './containerManifests';
import { parseCsproj } from './dotnetManifests';
import {
  parseChart,
  parseHelmValues,
  parseKustomization,
} from './helmManifests';
import { parseGradle, parsePom } from './jvmManifests';
import { parseKubernetesManifest } from './kubernetesManifests';
import { parseGemfile, parseGoMod, parsePackageJson } from './packageManifests';
import { parsePyproject, parseRequirements } from './pythonManifests';
import { parseTerraform } from './terraformManifests';

/** The parser of each kind of manifest. */
export const MANIFEST_PARSERS: Record<
  ManifestKind,
  (file: RepositoryFile) => ManifestMention[]
> = {
  npm: parsePackageJson,
  go: parseGoMod,
  maven: parsePom,
  gradle: parseGradle,
  pip: parseRequirements,
  pyproject: parsePyproject,
  cargo: parseCargoToml,
  gem: parseGemfile,
  nuget: parseCsproj,
  dockerfile: parseDockerfile,
  compose: parseCompose,
  'helm-chart': parseChart,
  'helm-values': parseHelmValues,
  kustomization: parseKustomization,
  'github-workflow': parseGithubWorkflow,
  'gitlab-ci': parseGitlabCi,
  terraform: parseTerraform,
  kubernetes: parseKubernetesManifest,
};
