import { z } from 'astro/zod';
import { isRealPartialDate } from '../lib/dates.ts';

/**
 * YAML readers disagree about dates: one turns `2021-05-27` into a Date, another keeps the text, and a bare
 * `1988` becomes a number. Normalise all three to ISO text so that dates are strings everywhere, in UTC.
 */
function toIsoText(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

/** A calendar day written as YYYY-MM-DD, e.g. 2021-05-27. */
export const isoDay = z.preprocess(
  toIsoText,
  z
    .string({ error: 'a day written as YYYY-MM-DD, e.g. 2021-05-27' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a day written as YYYY-MM-DD, e.g. 2021-05-27' })
    .refine(isRealPartialDate, { message: 'a day that exists in the calendar (YYYY-MM-DD)' }),
);

/** A day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY) for older events known only that precisely. */
export const partialDate = z.preprocess(
  toIsoText,
  z
    .string({ error: 'a date written as YYYY-MM-DD, YYYY-MM or YYYY' })
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'a date written as YYYY-MM-DD, YYYY-MM or YYYY' })
    .refine(isRealPartialDate, { message: 'a date that exists in the calendar (YYYY-MM-DD, YYYY-MM or YYYY)' }),
);
