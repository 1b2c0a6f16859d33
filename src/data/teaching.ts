// What the teachers' pages need from a chapter: its sections, key terms, questions, claim pairs, events and map views.
import { getEvents, getGlossaryMap, getPlaceMap, getSourceMap, type ChapterEntry } from './content.ts';
import { getMapData } from './map.ts';
import { chapterViews } from '../lib/map/views.ts';
import { extractClaimPairs } from '../lib/mdx/claims.ts';
import { findHeadings } from '../lib/mdx/usages.ts';
import { readingMinutes } from '../lib/reading-time.ts';

/** Everything a lesson plan needs about one chapter, resolved to readable names. */
export async function teachingGuide(chapter: ChapterEntry) {
  const body = chapter.body ?? '';
  const [glossary, places, sources, events, map] = await Promise.all([getGlossaryMap(), getPlaceMap(), getSourceMap(), getEvents(), getMapData()]);
  return {
    slug: chapter.data.slug,
    title: chapter.data.title,
    dek: chapter.data.dek,
    minutes: readingMinutes(body),
    sections: findHeadings(body).filter((h) => h.depth === 2 && h.id),
    terms: chapter.data.keyTerms.map((id) => glossary.get(id)!),
    questions: chapter.data.questions,
    pairs: extractClaimPairs(body, (id) => places.get(id)?.name ?? id).map((pair) => ({
      ...pair,
      claims: pair.claims.map((c) => ({ ...c, reporters: c.sources.map((id) => sources.get(id)?.publisher ?? id) })),
    })),
    events: events.filter((e) => e.chapter === chapter.data.slug && !e.outsidePeriod),
    mapViews: chapterViews(body, map.places, map.areas).map((v) => ({ key: v.key, description: v.description })),
  };
}

export type TeachingGuide = Awaited<ReturnType<typeof teachingGuide>>;
