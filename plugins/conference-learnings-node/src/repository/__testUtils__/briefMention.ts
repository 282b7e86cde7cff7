import { ManifestMention } from '../types';

/** A mention as one line the tests compare: `npm kafkajs @12 runtime`. */
export function briefMention(
  mention: Pick<ManifestMention, 'ecosystem' | 'name' | 'line' | 'scope'>,
): string {
  return `${mention.ecosystem} ${mention.name} @${mention.line} ${mention.scope}`;
}
