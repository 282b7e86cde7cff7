import { EvidenceScope, ManifestMention, RepositoryFile } from '../types';
import { asList, xml } from './jvmManifests';
import { lineFinder } from './lines';
import { toolMention } from './packageManifests';

/* .NET project files: .NET itself and the NuGet packages a project references. */

interface PackageReference {
  name: string;
  /** Build-time only (`PrivateAssets="all"`): analyzers, code generators */
  buildOnly: boolean;
}

function referencesOf(project: any): PackageReference[] {
  return asList(project.ItemGroup)
    .flatMap((group: any) => asList(group?.PackageReference))
    .flatMap((reference: any) => {
      const name = reference?.Include ?? reference?.Update;
      if (typeof name !== 'string') return [];
      const privateAssets = String(reference?.PrivateAssets ?? '');
      return [{ name, buildOnly: privateAssets.toLowerCase() === 'all' }];
    });
}

/**
 * `*.csproj` (`.fsproj`, `.vbproj`): .NET, and package references — for tests
 * in a test project, for the build only when their assets stay private.
 */
export function parseCsproj(file: RepositoryFile): ManifestMention[] {
  const project = xml.parse(file.content)?.Project ?? {};
  const references = referencesOf(project);
  const isTestProject =
    /tests?\.\w+proj$/i.test(file.path) ||
    references.some(r => r.name === 'Microsoft.NET.Test.Sdk') ||
    asList(project.PropertyGroup).some(
      (group: any) => String(group?.IsTestProject) === 'true',
    );
  const lines = lineFinder(file.content);
  const projectScope = isTestProject ? 'test' : 'runtime';
  return [
    toolMention(
      '.NET',
      lines.lineOf('<Project'),
      `a .NET project${isTestProject ? ' (tests)' : ''}`,
      projectScope,
    ),
    ...references.map(({ name, buildOnly }): ManifestMention => {
      let scope: EvidenceScope = 'runtime';
      let why = '';
      if (isTestProject) [scope, why] = ['test', ' (test project)'];
      else if (buildOnly) [scope, why] = ['dev', ' (build only)'];
      return {
        ecosystem: 'nuget',
        name,
        scope,
        line: lines.lineOf(`"${name}"`),
        detail: `NuGet package ${name}${why}`,
      };
    }),
  ];
}
