// Corrections from every chapter and the site's own updates, as one dated list for /updates/ and the feed.
import { getCollection } from 'astro:content';
import type { FeedEntry } from '../lib/feed.ts';
import { sortEntries } from '../lib/feed.ts';
import { getChapters } from './content.ts';

/** Every correction and update, newest first, with absolute URLs built from `site` and `base`. */
export async function getUpdateEntries(site: URL, base: string): Promise<Array<FeedEntry & { kind: 'correction' | 'update' }>> {
  const chapters = await getChapters();
  const pageUrl = (slug?: string) => new URL(`${base}${slug ? `${slug}/` : ''}`, site).href;
  const tag = `tag:${site.hostname},2026:`;
  const corrections = chapters.flatMap((c) =>
    c.data.corrections.map((correction, i) => ({
      kind: 'correction' as const,
      id: `${tag}correction/${c.data.slug}/${correction.date}/${i + 1}`,
      title: `Correction to “${c.data.title}”`,
      date: correction.date,
      text: correction.text,
      url: `${pageUrl(c.data.slug)}#corrections`,
    })),
  );
  const updates = (await getCollection('updates')).map(({ data }) => ({
    kind: 'update' as const,
    id: `${tag}update/${data.id}`,
    title: data.title,
    date: data.date,
    text: data.text,
    url: pageUrl(data.chapter),
  }));
  return sortEntries([...corrections, ...updates]) as Array<FeedEntry & { kind: 'correction' | 'update' }>;
}
