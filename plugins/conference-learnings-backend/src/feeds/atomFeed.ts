import { XMLBuilder } from 'fast-xml-parser';

/** One entry of an Atom feed; every text may come from untrusted sources. */
export interface AtomEntry {
  id: string;
  title: string;
  /** ISO 8601 */
  updated: string;
  /** An http(s) URL of the app, or a path of it */
  link: string;
  summary?: string;
  author?: string;
}

/** An Atom feed: its entries newest first. */
export interface AtomFeed {
  id: string;
  title: string;
  link: string;
  entries: AtomEntry[];
}

/** Characters XML 1.0 does not allow in a document, which untrusted text may hold. */
const NOT_XML_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching them is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function text(value: string) {
  return { '#text': value.replace(NOT_XML_CHARACTERS, ''), '@_type': 'text' };
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  format: true,
  suppressEmptyNode: true,
});

/**
 * The feed as an Atom 1.0 document. Every text is a `type="text"` construct,
 * escaped by the XML builder, so nothing in it is markup to a feed reader.
 */
export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries[0]?.updated ?? new Date(0).toISOString();
  const document = {
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      id: feed.id,
      title: text(feed.title),
      updated,
      link: { '@_href': feed.link, '@_rel': 'alternate' },
      entry: feed.entries.map(entry => ({
        id: entry.id,
        title: text(entry.title),
        updated: entry.updated,
        link: { '@_href': entry.link, '@_rel': 'alternate' },
        ...(entry.author ? { author: { name: text(entry.author) } } : {}),
        ...(entry.summary ? { summary: text(entry.summary) } : {}),
      })),
    },
  };
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build(document)}`;
}
