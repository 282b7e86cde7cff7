/* eslint-disable no-console */ // a command-line script: it prints
/**
 * Reads the real data the detection scripts work on: the CNCF landscape, the
 * KubeCon EU 2026 talks and the hand-labelled dev set. The data files live
 * outside the repository, in `../shared/data/` relative to the repository root.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeHTMLStrict } from 'entities';
import { parse } from 'yaml';
import { technologyEntityRef } from '../../src/detection';
import { parseLandscape } from '../../src/landscape';

const REPO_ROOT = path.resolve(__dirname, '../../../..');
const DATA_DIR = path.resolve(REPO_ROOT, '../shared/data');
const SCHEDULES = [
  'kubecon-eu-2026-amsterdam-sched.json',
  'kubecon-eu-2026-colocated-sched.json',
];

/** Reads a file, failing with a message that names it. */
export function readRequired(file: string): string {
  if (!fs.existsSync(file)) {
    throw new Error(
      `Missing data file ${file} (expected next to the repository, see ../shared/data/README.md)`,
    );
  }
  return fs.readFileSync(file, 'utf8');
}

export const dataFile = (name: string) => path.join(DATA_DIR, name);

export interface Talk {
  url: string;
  title: string;
  description: string;
  /** Title and abstract, as the matcher sees them. */
  text: string;
}

/** Sched titles end with ` - <speakers>`. */
export function stripSpeakers(title: string): string {
  const cut = title.lastIndexOf(' - ');
  return cut > 0 ? title.slice(0, cut) : title;
}

/** The 880 talks of KubeCon EU 2026 and its co-located events. */
export function readTalks(): Talk[] {
  const talks: Talk[] = [];
  for (const file of SCHEDULES) {
    const sched = JSON.parse(readRequired(dataFile(file))) as {
      types: Record<
        string,
        { events: Array<{ url: string; title: string; description?: string }> }
      >;
    };
    for (const type of Object.values(sched.types)) {
      for (const event of type.events) {
        const title = decodeHTMLStrict(stripSpeakers(event.title));
        const description = decodeHTMLStrict(event.description ?? '');
        talks.push({
          url: event.url,
          title,
          description,
          text: `${title}\n\n${description}`,
        });
      }
    }
  }
  return talks;
}

export function readLandscape(): string {
  return readRequired(dataFile('cncf-landscape.yml'));
}

export interface LabelledTalk {
  talk: Talk;
  /** Refs of the technologies the talk covers. */
  refs: Set<string>;
}

/** The label files read by default: the dev set, and more labels if present. */
export const DEFAULT_LABEL_FILES = [
  path.join(__dirname, 'labels.yaml'),
  path.join(__dirname, 'labels-extra.yaml'),
];

/**
 * Hand-labelled talks (by default `labels.yaml` next to this script, plus
 * `labels-extra.yaml` if present), with label names resolved to entity refs.
 */
export function readLabelledTalks(
  landscapeYaml: string,
  files: string[] = DEFAULT_LABEL_FILES,
): LabelledTalk[] {
  const refByName = new Map<string, string>();
  for (const t of parseLandscape(landscapeYaml)) {
    for (const name of [t.name, ...t.aliases])
      refByName.set(name.toLowerCase(), t.ref);
  }
  const talks = new Map(readTalks().map(t => [t.url.replace(/\/$/, ''), t]));
  const out: LabelledTalk[] = [];
  const seen = new Set<string>();
  for (const [index, full] of files.entries()) {
    const file = path.basename(full);
    const optional = files === DEFAULT_LABEL_FILES && index > 0;
    if (optional && !fs.existsSync(full)) continue;
    const labels = (parse(readRequired(full)) ?? []) as Array<{
      url: string;
      technologies?: string[];
    }>;
    for (const label of labels) {
      const url = label.url.replace(/\/$/, '');
      const talk = talks.get(url);
      if (!talk) throw new Error(`${file}: no talk with url ${label.url}`);
      if (seen.has(url)) continue;
      seen.add(url);
      const refs = new Set<string>();
      for (const name of label.technologies ?? []) {
        const ref = refByName.get(name.toLowerCase());
        if (!ref)
          console.warn(
            `${file}: "${name}" is no landscape item name (${label.url})`,
          );
        refs.add(ref ?? technologyEntityRef(name));
      }
      out.push({ talk, refs });
    }
  }
  return out;
}
