import { z } from 'astro/zod';
import { figureHeaderFields, reportedFields } from './figure-common.ts';

/** Whose count a series is: one government's own, or an estimate by someone else. Never coded by colour. */
export const COUNTED_BY = ['armenia', 'azerbaijan', 'independent'] as const;

/** How exact a reported number is, in the reporter's own terms: "2,783", "more than 6,000", "some 6,500". */
export const QUALIFIERS = ['exact', 'more-than', 'at-least', 'about'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** One reported number at one date. */
export const casualtyPointSchema = z.strictObject({
  /** The number as reported, e.g. 2783. Never a sum or average of our own. */
  value: z.number().int().min(0),
  /** The upper end when the source gave a range (e.g. 6,000–7,000); omit for a single number. */
  high: z.number().int().min(0).optional(),
  /** exact, more-than, at-least or about: how the source qualified the number. */
  qualifier: z.enum(QUALIFIERS).default('exact'),
  /** What the source said alongside, not added in, e.g. "243 missing". */
  extra: z.string().min(1).max(60).optional(),
  ...reportedFields,
});

/** One line of the figure: the same count as it changed over time, or one estimator's numbers. */
export const casualtySeriesSchema = z.strictObject({
  /** What is counted, e.g. "Armenian soldiers killed". */
  label: z.string().min(1).max(60),
  /** armenia, azerbaijan or independent: whose count it is; decides the order (Armenian first). */
  countedBy: z.enum(COUNTED_BY),
  /** The reported numbers, oldest first. */
  points: z.array(casualtyPointSchema).min(1),
});

/** A figure of kind `casualties`: reported tolls as dated points, by who gave them, never summed. */
export const casualtyFigureSchema = z.strictObject({
  ...figureHeaderFields,
  /** Always `casualties` for this kind of figure. */
  kind: z.literal('casualties'),
  /** What the numbers count, in the plural, e.g. "deaths". */
  unit: z.string().min(1).max(30),
  /** The rows of the figure, in the order shown. */
  series: z.array(casualtySeriesSchema).min(1),
});

export type CasualtyFigure = z.infer<typeof casualtyFigureSchema>;
