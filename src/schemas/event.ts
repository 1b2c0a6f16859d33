import { z } from 'astro/zod';
import { SLUG } from '../lib/slug.ts';
import { partialDate } from './dates.ts';
import { idList, slugId } from './ids.ts';
import { claimSchema } from './claim.ts';

/** What kind of event this is; drives the timeline's colour and shape. */
export const CATEGORIES = ['military', 'diplomatic', 'political', 'humanitarian', 'legal'] as const;
export type Category = (typeof CATEGORIES)[number];

/** How well an event is established. */
export const CONFIDENCES = ['confirmed', 'single-source', 'disputed'] as const;

/** One timeline event: a file content/events/<id>.yaml. */
export const eventSchema = z
  .strictObject({
    /** Stable id, the date then a few words: 2021-05-27-six-soldiers-captured. Must match the file name. */
    id: z.string().regex(new RegExp(`^\\d{4}(?:-\\d{2}){0,2}-${SLUG}$`), {
      message: 'the date then lower-case words joined by hyphens, e.g. 2021-05-27-six-soldiers-captured',
    }),
    /** When it happened: YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known. */
    date: partialDate,
    /** Short headline, under about 70 characters. */
    title: z.string().min(1).max(120),
    /** Two or three plain sentences on what happened, in our own words. */
    summary: z.string().min(1),
    /** The slug of the chapter this event belongs to, e.g. capture. */
    chapter: slugId,
    /** military, diplomatic, political, humanitarian or legal. */
    category: z.enum(CATEGORIES),
    /** Place ids from content/places.yaml where it happened (may be empty). */
    places: idList.default([]),
    /** Source ids from content/sources.yaml (at least one). */
    sources: idList.min(1),
    /** confirmed (two or more independent sources), single-source, or disputed (add claims). */
    confidence: z.enum(CONFIDENCES),
    /** For disputed events: each side's version, with who said it and sources. */
    claims: z.array(claimSchema).default([]),
    /** Set to true when the event deliberately falls outside its chapter's period (background or aftermath). */
    outsidePeriod: z.boolean().default(false),
  })
  .refine((e) => e.confidence !== 'disputed' || e.claims.length >= 2, {
    message: 'at least two claims (one per side, each with who said it and sources) because confidence is disputed',
    path: ['claims'],
  });

export type TimelineEvent = z.infer<typeof eventSchema>;
