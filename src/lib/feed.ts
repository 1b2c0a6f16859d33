import { escapeXml } from './markup.ts';

/** One entry of the updates feed. */
export interface FeedEntry {
  /** A globally unique, stable id (a tag: URI). */
  id: string;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  text: string;
  /** The page the entry is about. */
  url: string;
}

/** Newest first, and by id on the same day, so the feed is stable from build to build. */
export function sortEntries(entries: FeedEntry[]): FeedEntry[] {
  return [...entries].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** An Atom 1.0 feed of corrections and updates. Dates are days, written as midnight UTC. */
export function atomFeed(feed: { title: string; siteUrl: string; feedUrl: string; entries: FeedEntry[] }): string {
  const entries = sortEntries(feed.entries);
  const updated = `${entries[0]?.date ?? '1970-01-01'}T00:00:00Z`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <id>${escapeXml(feed.siteUrl)}</id>`,
    `  <link href="${escapeXml(feed.siteUrl)}"/>`,
    `  <link rel="self" href="${escapeXml(feed.feedUrl)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(feed.title)}</name></author>`,
    ...entries.map((e) =>
      [
        '  <entry>',
        `    <id>${escapeXml(e.id)}</id>`,
        `    <title>${escapeXml(e.title)}</title>`,
        `    <link href="${escapeXml(e.url)}"/>`,
        `    <updated>${e.date}T00:00:00Z</updated>`,
        `    <summary>${escapeXml(e.text)}</summary>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
    '',
  ].join('\n');
}
