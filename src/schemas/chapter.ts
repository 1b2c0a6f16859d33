import { z } from 'astro/zod';
import { isoDay } from './dates.ts';
import { idList, slugId } from './ids.ts';

/** One dated correction to a chapter, shown in its corrections log. */
export const correctionSchema = z.strictObject({
  /** The day the correction was made, YYYY-MM-DD. */
  date: isoDay,
  /** What was wrong and what it now says, in one or two sentences. */
  text: z.string().min(1),
});

/** A numbered chapter of the May 2021 story, or the afterword that carries it to today (not numbered). */
export const CHAPTER_KINDS = ['chapter', 'afterword'] as const;

/** The frontmatter at the top of each file in content/chapters/. */
export const chapterSchema = z
  .strictObject({
    /** The chapter's title as readers see it, e.g. "The capture". Required. */
    title: z.string().min(1),
    /** The chapter's address: /capture/ for `capture`. Never change it once published; links depend on it. */
    slug: slugId,
    /** Position of the chapter in the story, 1 for the first. */
    order: z.number().int().min(1),
    /** `chapter` (the default) or `afterword`: the afterword comes after the chapters and has no number. */
    kind: z.enum(CHAPTER_KINDS).default('chapter'),
    /** One sentence that sums up the chapter; also used as the page description. */
    dek: z.string().min(1),
    /** One short line for the home page's way in, under 90 characters, e.g. "Six soldiers detained, two accounts". */
    summary: z.string().min(1).max(90),
    /** The span of time the chapter covers; its events must fall inside it unless marked outsidePeriod. */
    period: z.strictObject({
      /** First day covered, YYYY-MM-DD. */
      start: isoDay,
      /** Last day covered, YYYY-MM-DD. */
      end: isoDay,
    }),
    /** The day the text last changed in substance, YYYY-MM-DD. */
    updated: isoDay,
    /**
     * The day up to which its facts were checked against the sources, YYYY-MM-DD: shown as "Facts as of".
     * Not in the future, and not before the newest source it cites or event it holds.
     */
    factsAsOf: isoDay,
    /** Dated corrections, newest last; an empty list `[]` when there are none. */
    corrections: z.array(correctionSchema).default([]),
    /** Glossary ids of the terms a reader needs for this chapter. */
    keyTerms: idList.default([]),
    /** Discussion questions for teachers, one per line. */
    questions: z.array(z.string().min(1)).default([]),
  })
  .refine((c) => c.period.start <= c.period.end, {
    message: 'a day on or after period.start',
    path: ['period', 'end'],
  });

export type Chapter = z.infer<typeof chapterSchema>;
