import { z } from 'astro/zod';
import { isoDay } from './dates.ts';
import { slugId } from './ids.ts';

/** One entry in content/updates.yaml: news about the site itself, listed on /updates/ and in the feed. */
export const updateSchema = z.strictObject({
  /** Stable id, the date then a few words: 2026-11-26-published. */
  id: slugId,
  /** The day of the update, YYYY-MM-DD. */
  date: isoDay,
  /** A short headline. */
  title: z.string().min(1),
  /** One to three sentences on what changed. */
  text: z.string().min(1),
  /** The slug of the chapter it concerns, if one. */
  chapter: slugId.optional(),
});
