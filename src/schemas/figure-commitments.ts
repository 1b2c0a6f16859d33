import { z } from 'astro/zod';
import { isoDay } from './dates.ts';
import { idList } from './ids.ts';
import { figureHeaderFields } from './figure-common.ts';

/** What had happened to a commitment by the figure's date, as reported. */
export const COMMITMENT_STATUSES = ['done', 'in-progress', 'disputed', 'not-established'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** How each status is named for readers; the drawing doubles it with a shape, never colour alone. */
export const STATUS_LABELS: Record<CommitmentStatus, string> = {
  done: 'Done',
  'in-progress': 'In progress',
  disputed: 'Disputed',
  'not-established': 'Not established',
};

/** One numbered point of an agreement and what became of it. */
export const commitmentSchema = z.strictObject({
  /** The point's number in the document, 1 for the first. */
  number: z.number().int().min(1),
  /** Two or three words naming the point, e.g. "Ceasefire". */
  title: z.string().min(1).max(32),
  /** What the point required, in one plain sentence of our own. */
  required: z.string().min(1),
  /** done, in-progress, disputed or not-established: its state by the figure's date, as reported. */
  status: z.enum(COMMITMENT_STATUSES),
  /** One or two sentences on what happened, attributed, with dates. */
  statusNote: z.string().min(1),
  /** Source ids for the status (at least one). */
  sources: idList.min(1),
});

/** A figure of kind `commitments`: an agreement's points and their status on a given date. */
export const commitmentsFigureSchema = z.strictObject({
  ...figureHeaderFields,
  /** Always `commitments` for this kind of figure. */
  kind: z.literal('commitments'),
  /** The day the statuses describe, YYYY-MM-DD, e.g. 2021-06-30 for "by mid-2021". */
  asOf: isoDay,
  /** Source ids for the agreement's own text. */
  documentSources: idList.min(1),
  /** The points in the document's order, numbered 1, 2, 3… */
  points: z.array(commitmentSchema).min(1),
});

export type CommitmentsFigure = z.infer<typeof commitmentsFigureSchema>;
