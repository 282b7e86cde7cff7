import { ManifestMention, RepositoryFile } from '../types';

/*
 * Terraform: Terraform itself, its providers (required or configured),
 * registry modules (with the submodule used), the resource types it manages,
 * the database engines of managed databases, the charts a `helm_release`
 * installs and the Google APIs it enables.
 */

/** A top-level block's opening line: its type and first label (`resource "aws_eks_cluster" …`). */
const BLOCK = /^(\w+)(?:\s+"([^"]*)")?(?:\s+"[^"]*")*\s*\{/;
const PROVIDER_BLOCK = /^\s*provider\s+"([\w-]+)"/;
const PROVIDER_SOURCE = /^\s*source\s*=\s*"([\w.-]+(?:\/[\w.-]+){1,2})"/;
const MODULE_SOURCE =
  /^\s*source\s*=\s*"([\w.-]+\/[\w.-]+\/[\w.-]+(?:\/\/[\w./-]*)?)"/;
/** The engine of a managed database or broker (`engine = "postgres"`, `database_version = "MYSQL_8_0"`). */
const ENGINE = /^\s*(?:engine|engine_type|database_version)\s*=\s*"([\w.-]+)"/;
const HELM_CHART = /^\s*chart\s*=\s*"([\w.-]+)"/;
const GOOGLE_API = /"([a-z0-9-]+\.googleapis\.com)"/g;

function mention(
  ecosystem: ManifestMention['ecosystem'],
  name: string,
  line: number,
  detail: string,
): ManifestMention {
  return { ecosystem, name, line, scope: 'runtime', detail };
}

/** The top-level block a line is in: its type (`resource`) and first label. */
interface Block {
  type: string;
  label: string;
}

/** What a line inside a `terraform`, `module` or `resource` block names. */
function blockMentions(
  raw: string,
  line: number,
  block: Block,
): ManifestMention[] {
  const source = PROVIDER_SOURCE.exec(raw)?.[1];
  if (source && block.type === 'terraform') {
    const provider = source
      .toLowerCase()
      .replace(/^registry\.terraform\.io\//, '');
    return [
      mention(
        'terraform-provider',
        provider,
        line,
        `Terraform provider ${source}`,
      ),
    ];
  }
  const module = block.type === 'module' && MODULE_SOURCE.exec(raw)?.[1];
  if (module && !module.startsWith('.')) {
    return [
      mention(
        'terraform-module',
        module.toLowerCase(),
        line,
        `Terraform module ${module}`,
      ),
    ];
  }
  if (block.type !== 'resource') return [];
  const engine = ENGINE.exec(raw)?.[1];
  if (engine) {
    return [
      mention(
        'database-engine',
        engine.toLowerCase(),
        line,
        `${block.label} engine ${engine}`,
      ),
    ];
  }
  const chart = block.label === 'helm_release' && HELM_CHART.exec(raw)?.[1];
  return chart
    ? [
        mention(
          'helm-chart',
          chart.toLowerCase(),
          line,
          `helm_release of the chart ${chart}`,
        ),
      ]
    : [];
}

/**
 * `*.tf`: Terraform, its providers, registry modules, resource types, managed
 * databases' engines, Helm releases' charts and Google APIs.
 */
export function parseTerraform(file: RepositoryFile): ManifestMention[] {
  const found: ManifestMention[] = [
    mention('tool', 'Terraform', 1, 'Terraform configuration'),
  ];
  let block: Block = { type: '', label: '' };
  file.content.split('\n').forEach((raw, i) => {
    if (/^\s*(#|\/\/|\/\*|\*)/.test(raw)) return;
    const opening = BLOCK.exec(raw);
    if (opening) block = { type: opening[1], label: opening[2] ?? '' };
    const provider = PROVIDER_BLOCK.exec(raw)?.[1];
    if (provider) {
      found.push(
        mention(
          'terraform-provider',
          `hashicorp/${provider}`,
          i + 1,
          `Terraform provider ${provider}`,
        ),
      );
    } else if (opening && block.type === 'resource' && block.label) {
      found.push(
        mention(
          'terraform-resource',
          block.label,
          i + 1,
          `Terraform resource ${block.label}`,
        ),
      );
    } else {
      found.push(...blockMentions(raw, i + 1, block));
    }
    for (const api of raw.matchAll(GOOGLE_API)) {
      found.push(
        mention(
          'google-api',
          api[1],
          i + 1,
          `Terraform names the Google API ${api[1]}`,
        ),
      );
    }
  });
  return found;
}
