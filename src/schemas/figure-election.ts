import { z } from 'astro/zod';
import { idList } from './ids.ts';
import { figureHeaderFields, reportedFields } from './figure-common.ts';

/** Whether a list on the ballot was a single party or an alliance of parties (they face different thresholds). */
export const LIST_TYPES = ['party', 'alliance'] as const;

/** Which count a value comes from: the election commission's preliminary count or its final result. */
export const COUNTS = ['preliminary', 'final'] as const;

/** One party or alliance on the ballot and its result. */
export const electionListSchema = z.strictObject({
  /** The list's name as readers know it, e.g. "Civil Contract". */
  name: z.string().min(1).max(40),
  /** party or alliance: decides which threshold applies. */
  type: z.enum(LIST_TYPES),
  /** Share of the vote in per cent, as reported (e.g. 53.91). Never computed by us. */
  share: z.number().min(0).max(100),
  /** Number of votes, as reported (optional). */
  votes: z.number().int().min(0).optional(),
  /** Seats won in parliament; 0 for a list that did not enter. */
  seats: z.number().int().min(0),
  /** preliminary or final: which count the share comes from. */
  count: z.enum(COUNTS),
  /** Why a list below its threshold still has seats, or anything else a reader needs (optional). */
  note: z.string().min(1).optional(),
  ...reportedFields,
});

/** A figure of kind `election`: vote shares against thresholds, the seat split and turnout. */
export const electionFigureSchema = z.strictObject({
  ...figureHeaderFields,
  /** Always `election` for this kind of figure. */
  kind: z.literal('election'),
  /** The number of seats in parliament; the seats of all lists must add up to it. */
  totalSeats: z.number().int().min(1),
  /** true when `lists` gives every list on the ballot, so their shares must add up to about 100%. */
  allLists: z.boolean(),
  /** The minimum share to enter parliament, in per cent, for each type of list. */
  thresholds: z.strictObject({
    /** Minimum share for a single party, e.g. 5. */
    party: z.number().min(0).max(100),
    /** Minimum share for an alliance, e.g. 7. */
    alliance: z.number().min(0).max(100),
    /** Source ids that state the thresholds. */
    sources: idList.min(1),
  }),
  /** Turnout: the share of registered voters who voted, in per cent, with who reported it. */
  turnout: z.strictObject({
    /** Turnout in per cent, e.g. 49.39. */
    share: z.number().min(0).max(100),
    ...reportedFields,
  }),
  /** The parties and alliances, largest first; include those that did not pass, never drop them. */
  lists: z.array(electionListSchema).min(1),
});

export type ElectionFigure = z.infer<typeof electionFigureSchema>;
export type ElectionList = z.infer<typeof electionListSchema>;
