import { z } from 'astro/zod';
import { partialDate } from './dates.ts';
import { idList, slugId } from './ids.ts';

/** The kinds of figure the site can draw; each has its own schema and its own drawing. */
export const FIGURE_KINDS = ['election', 'casualties', 'commitments'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** Who gave a value and when, and where it was read: attached to every number in a figure. */
export const reportedFields = {
  /** Who gave the value, as precisely as the source allows, e.g. "Central Electoral Commission (final protocol)". */
  reportedBy: z.string().min(1),
  /** When they gave it: YYYY-MM-DD, or YYYY-MM when only the month is known. */
  date: partialDate,
  /** Source ids from content/sources.yaml that report the value (at least one). */
  sources: idList.min(1),
};

/** The fields every figure has, whatever its kind. */
export const figureHeaderFields = {
  /** Stable id used by <Figure id="…"/> and in the CSV address /data/<id>.csv. Must match the file name. */
  id: slugId,
  /** The figure's caption: what it shows, with place and date, e.g. "Armenia's election, 20 June 2021". */
  title: z.string().min(1).max(120),
  /** One sentence saying what the reader should take away, in our own words. */
  takeaway: z.string().min(1).max(280),
  /** A short note shown under the figure: what is left out, or how to read it (optional). */
  note: z.string().min(1).optional(),
};
