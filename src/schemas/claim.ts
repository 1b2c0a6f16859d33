import { z } from 'astro/zod';
import { idList } from './ids.ts';

/** Whose version a claim gives. The site always shows them in this order. */
export const SIDES = ['armenia', 'azerbaijan', 'third-party'] as const;
export type Side = (typeof SIDES)[number];

/** How each side is named in labels. Never coded by flag colours: label and position carry the side. */
export const SIDE_LABELS: Record<Side, string> = {
  armenia: 'Armenian account',
  azerbaijan: 'Azerbaijani account',
  'third-party': 'Other account',
};

/** One party's version of a disputed event, in our own words, with its sources. */
export const claimSchema = z.strictObject({
  /** Whose version this is: armenia, azerbaijan or third-party. */
  side: z.enum(SIDES),
  /** Who said it, as precisely as the source allows, e.g. "Armenia's Ministry of Defence". */
  by: z.string().min(1),
  /** What they said, paraphrased; put any exact words in quotation marks. */
  text: z.string().min(1),
  /** Source ids reporting this version (at least one). */
  sources: idList.min(1),
});
