import { z } from 'astro/zod';
import { casualtyFigureSchema } from './figure-casualties.ts';
import { commitmentsFigureSchema } from './figure-commitments.ts';
import { electionFigureSchema } from './figure-election.ts';
import type { FigureKind } from './figure-common.ts';

export { FIGURE_KINDS, type FigureKind } from './figure-common.ts';

/** The schema for each kind of figure, so the content check can report against the right one. */
export const FIGURE_SCHEMAS = {
  election: electionFigureSchema,
  casualties: casualtyFigureSchema,
  commitments: commitmentsFigureSchema,
} as const satisfies Record<FigureKind, z.ZodType>;

/** One file content/figures/<id>.yaml: a figure drawn by <Figure id="…"/>; `kind` picks its schema. */
export const figureSchema = z.discriminatedUnion('kind', [electionFigureSchema, casualtyFigureSchema, commitmentsFigureSchema]);

export type Figure = z.infer<typeof figureSchema>;
