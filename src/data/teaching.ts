// What the teachers' pages need from a chapter: its sections, key terms, questions, claim pairs, events and map views.
import { getCollection } from 'astro:content';
import { getEvents, getGlossaryMap, getOutline, getPlaceMap, getSourceMap, type ChapterEntry } from './content.ts';
import { getMapData } from './map.ts';
import { chapterSteps } from '../lib/map/views.ts';
import { partsToText } from '../lib/mdx/remark-outline.ts';
import { readingMinutes } from '../lib/reading-time.ts';

/** Everything a lesson plan needs about one chapter, resolved to readable names. */
export async function teachingGuide(chapter: ChapterEntry) {
  const body = chapter.body ?? '';
  const [glossary, places, sources, events, map, allNotes] = await Promise.all([
    getGlossaryMap(),
    getPlaceMap(),
    getSourceMap(),
    getEvents(),
    getMapData(),
    getCollection('teacherNotes'),
  ]);
  const outline = await getOutline(chapter);
  const placeName = (id: string) => places.get(id)?.name ?? id;
  // Headings with their stable ids ([#id] in the MDX), as the chapter page renders them.
  const sections = outline.headings.map((h) => ({ depth: h.depth, id: h.slug, text: h.text }));
  const notes = allNotes.find((n) => n.data.chapter === chapter.data.slug)?.data;
  return {
    slug: chapter.data.slug,
    title: chapter.data.title,
    dek: chapter.data.dek,
    minutes: readingMinutes(body),
    sections: sections.filter((h) => h.depth === 2),
    terms: chapter.data.keyTerms.map((id) => glossary.get(id)!),
    questions: chapter.data.questions,
    pairs: outline.claimPairs.map((pair) => ({
      ...pair,
      claims: pair.claims.map((c) => ({ ...c, text: partsToText(c.text, placeName), reporters: c.sources.map((id) => sources.get(id)?.publisher ?? id) })),
    })),
    events: events.filter((e) => e.chapter === chapter.data.slug && !e.outsidePeriod),
    mapViews: chapterSteps(outline.mapSteps, map.places, map.areas).map((s) => ({ key: s.view.key, description: s.view.description, label: s.label })),
    /** The teacher notes, with each question's sections resolved to their headings (the check ensures they exist). */
    notes: notes && {
      ...notes,
      questions: notes.questions.map((g, i) => ({
        ...g,
        question: chapter.data.questions[i] ?? '',
        sections: g.sections.map((id) => ({ id, text: sections.find((s) => s.id === id)?.text ?? id })),
        sources: g.sources.map((id) => ({ id, publisher: sources.get(id)?.publisher ?? id, title: sources.get(id)?.title ?? '' })),
      })),
    },
  };
}

export type TeachingGuide = Awaited<ReturnType<typeof teachingGuide>>;
