// Typed, sorted access to the content collections. getCollection() order is not guaranteed, so sort here once.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Outline } from '../lib/mdx/remark-outline.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;

/**
 * What a chapter's MDX holds (map steps, cited sources, figures) and its headings, as remark collected them while
 * compiling it: nothing re-reads the text. Sections are its headings with their stable ids.
 */
export async function getOutline(chapter: ChapterEntry): Promise<Outline & { headings: Array<{ depth: number; slug: string; text: string }> }> {
  const { headings, remarkPluginFrontmatter } = await render(chapter);
  return { ...(remarkPluginFrontmatter.outline as Outline), headings };
}

/** Chapters in story order. */
export async function getChapters(): Promise<ChapterEntry[]> {
  return (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
}

async function mapOf<C extends 'sources' | 'places' | 'glossary' | 'events'>(name: C) {
  const entries = await getCollection(name);
  return new Map(entries.map((entry) => [entry.id, entry.data as CollectionEntry<C>['data']]));
}

/** Sources by id. */
export const getSourceMap = () => mapOf('sources');
/** Places by id. */
export const getPlaceMap = () => mapOf('places');
/** Glossary terms by id. */
export const getGlossaryMap = () => mapOf('glossary');

/** Events sorted by date, then id, so equal dates keep a stable order. */
export async function getEvents() {
  return (await getCollection('events')).map((e) => e.data).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** A standalone page (home, about) by file name. */
export async function getPage(id: string) {
  const page = (await getCollection('pages')).find((p) => p.id === id);
  if (!page) throw new Error(`content/pages/${id}.mdx is missing; the site needs it.`);
  return page;
}

/** Figures by id (content/figures/<id>.yaml). */
export async function getFigureMap() {
  const entries = await getCollection('figures');
  return new Map(entries.map((entry) => [entry.data.id, entry.data]));
}
