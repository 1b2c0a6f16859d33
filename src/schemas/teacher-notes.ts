import { z } from 'astro/zod';
import { idList, slugId } from './ids.ts';

/** Guidance for one of the chapter's discussion questions, in the same order as the chapter's `questions`. */
export const questionGuidanceSchema = z.strictObject({
  /** What a good answer covers, in two to four sentences. */
  goodAnswer: z.string().min(1),
  /** Section ids of the chapter where students find the material, e.g. [what-each-side-said]. */
  sections: idList.min(1),
  /** Source ids worth opening for this question (optional). */
  sources: idList.default([]),
  /** A common misreading to watch for, in one or two sentences. */
  misreading: z.string().min(1),
});

/** The teacher notes for one chapter: a file content/teachers/<chapter slug>.yaml. */
export const teacherNotesSchema = z.strictObject({
  /** The chapter these notes are for: its slug, which is also the file name, e.g. capture. */
  chapter: slugId,
  /** The age band the lesson is written for, e.g. "15–18". */
  ages: z.string().min(1),
  /** The level, e.g. "Upper secondary; also first-year university". */
  level: z.string().min(1),
  /** How long the lesson takes, in minutes. */
  lessonMinutes: z.number().int().min(15).max(180),
  /** Two to four things students should be able to do after the lesson. */
  objectives: z.array(z.string().min(1)).min(2).max(4),
  /** A warning for chapters with material about deaths, injuries or abuse (omit when there is none). */
  contentNote: z.string().min(1).optional(),
  /** One entry per discussion question of the chapter, in the same order. */
  questions: z.array(questionGuidanceSchema).min(1),
  /** A source-comparison activity: what students compare, and how. */
  sourceActivity: z.string().min(1),
  /** A map or timeline activity, naming the map views or events to use. */
  mapActivity: z.string().min(1),
});
