import { TalkSummary } from '@conference-learnings/plugin-conference-learnings-common';
import express from 'express';

/** The JSON of each talk summary, with and without its abstract, serialised once per summary. */
const talkJson = {
  whole: new WeakMap<TalkSummary, string>(),
  withoutAbstract: new WeakMap<TalkSummary, string>(),
};

function jsonOf(talk: TalkSummary, abstracts: boolean): string {
  const cache = abstracts ? talkJson.whole : talkJson.withoutAbstract;
  let json = cache.get(talk);
  if (json === undefined) {
    const { description: _description, ...withoutAbstract } = talk;
    json = JSON.stringify(abstracts ? talk : withoutAbstract);
    cache.set(talk, json);
  }
  return json;
}

/** `{"talk":<talk>,…rest}`: the rest serialised, the talk taken from the cache. */
function withTalk(item: { talk: TalkSummary }, abstracts: boolean): string {
  const { talk, ...rest } = item;
  const restJson = JSON.stringify(rest);
  return `{"talk":${jsonOf(talk, abstracts)}${
    restJson === '{}' ? '}' : `,${restJson.slice(1)}`
  }`;
}

/** `{"items":[…],…rest}`: each item serialised by `itemJson`, the rest by `JSON.stringify`. */
function pageJson<T extends { items: unknown[] }>(
  page: T,
  itemJson: (item: T['items'][number]) => string,
): string {
  const { items, ...rest } = page;
  const restJson = JSON.stringify(rest);
  return `{"items":[${items.map(itemJson).join(',')}]${
    restJson === '{}' ? '}' : `,${restJson.slice(1)}`
  }`;
}

/**
 * The JSON of a page whose items each hold a talk summary (`{ items: [{ talk, … }] }`),
 * taking each summary's JSON from a cache: the summaries are most of a ranked
 * page, and they change only when the index is rebuilt. Without `abstracts`,
 * the summaries leave out their `description`. The text is exactly
 * `JSON.stringify` of the page so projected.
 */
export function pageWithTalksJson<T extends { items: { talk: TalkSummary }[] }>(
  page: T,
  options: { abstracts: boolean },
): string {
  return pageJson(page, item => withTalk(item, options.abstracts));
}

/** The JSON of a page of talk summaries (`{ items: TalkSummary[] }`), each from the cache. */
export function talksPageJson<T extends { items: TalkSummary[] }>(
  page: T,
): string {
  return pageJson(page, talk => jsonOf(talk, true));
}

/** Sends JSON text already serialised. */
export function sendJsonText(res: express.Response, json: string): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(json);
}

/** Sends JSON already serialised and encoded. */
export function sendJsonBytes(res: express.Response, json: Buffer): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', json.byteLength);
  res.end(json);
}
