// The content check: every file an editor writes, against its schema and against the rest (one home per
// collection: check-lists.ts, check-mdx.ts, check-events.ts, check-figures.ts, check-teachers.ts).
import { checkEvents } from './check-events.ts';
import { checkFigures } from './check-figures.ts';
import { checkLists } from './check-lists.ts';
import { checkMdx } from './check-mdx.ts';
import { checkTeacherNotes } from './check-teachers.ts';
import { createContext, type ContentTexts } from './context.ts';
import { factsAsOfProblem, todayUtc, type DatedReference } from './as-of.ts';
import type { Problem } from './problem.ts';
import { chapterStandards, eventStandards, standardsApply } from './standards.ts';

export type { ContentText, ContentTexts } from './context.ts';

/**
 * Check all content at once: each file against its schema, then every cross-reference (event → chapter, places,
 * sources; MDX citations, glossary terms and places; chapter key terms), unique ids, stable heading ids, dates
 * inside their chapter's period, and sources nobody cites. Returns every problem found; never throws.
 */
export function validateContent(content: ContentTexts, options: { today?: string; standards?: boolean } = {}): Problem[] {
  const today = options.today ?? todayUtc();
  const { context, runDeferred } = createContext();
  const listEntries = checkLists(content, context);
  const chapters = checkMdx(content, context);
  const events = checkEvents(content.events, context, chapters.periods);
  checkFigures(content.figures ?? [], context);
  checkTeacherNotes(content.teachers ?? [], context, chapters.outlines);

  runDeferred();

  const sourceDates = new Map(
    (listEntries.sources ?? []).flatMap(({ entry }) => (typeof entry.id === 'string' && (typeof entry.date === 'string' || typeof entry.date === 'number') ? [[entry.id, String(entry.date)] as const] : [])),
  );
  for (const check of chapters.asOfChecks) {
    const references: DatedReference[] = [
      ...check.citedIds.flatMap((id) => (sourceDates.has(id) ? [{ kind: 'source' as const, id, date: sourceDates.get(id)! }] : [])),
      ...events.filter((e) => e.data.chapter === check.slug).map((e) => ({ kind: 'event' as const, id: e.data.id, date: e.data.date })),
    ];
    const message = factsAsOfProblem(check.asOf, today, references);
    if (message) context.problems.push({ ...check.where, field: 'factsAsOf', message });
  }

  if (options.standards ?? standardsApply()) {
    for (const chapter of chapters.chapters) context.problems.push(...chapterStandards(chapter));
    for (const event of events) context.problems.push(...eventStandards(event));
  }

  for (const { entry, source, index } of listEntries.sources ?? []) {
    if (typeof entry.id === 'string' && !context.cited.has(entry.id)) {
      context.problems.push({ file: source.file, line: source.lineOf([index, 'id']), field: `${entry.id} › id`, message: 'is not cited anywhere; expected every listed source to be cited by an event, a page, a place or a glossary entry (cite it or remove it)' });
    }
  }
  return context.problems;
}

