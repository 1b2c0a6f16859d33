// The periods the map page filters events by. Dates are ISO strings compared as text (UTC, no parsing).
import { dayRange } from '../dates.ts';

/** One period of the story: an id for filters and the URL, a label, and its first and last day. */
export interface Period {
  id: string;
  label: string;
  start: string;
  end: string;
}

/** The periods in story order; together they cover every date. */
export const PERIODS: readonly Period[] = [
  { id: 'before-2020', label: 'Before the 2020 war', start: '0000-01-01', end: '2020-09-26' },
  { id: 'war-2020', label: 'The 2020 war', start: '2020-09-27', end: '2020-11-09' },
  { id: 'handovers', label: 'Ceasefire and handovers', start: '2020-11-10', end: '2021-04-30' },
  { id: 'may-2021', label: 'The May 2021 crisis', start: '2021-05-01', end: '2021-06-30' },
  { id: 'after', label: 'July 2021 to August 2023', start: '2021-07-01', end: '2023-09-18' },
  { id: 'since-september-2023', label: 'Since September 2023', start: '2023-09-19', end: '9999-12-31' },
];

/** The id of the period an event date (YYYY, YYYY-MM or YYYY-MM-DD) falls in, by its first day. */
export function periodOf(date: string): string {
  const { first } = dayRange(date);
  return PERIODS.find((p) => first >= p.start && first <= p.end)?.id ?? PERIODS.at(-1)!.id;
}

/**
 * The stylesheet that makes the map page's period filter work without JavaScript: while a period's radio is
 * checked, events of other periods (data-period) and areas that did not exist in it (data-periods) are hidden.
 * Written from PERIODS, so a new period filters like the others.
 */
export function periodFilterCss(periods: readonly Period[] = PERIODS): string {
  const selectors = periods.flatMap((p) => [
    `.map-page:has(input[value='${p.id}']:checked) [data-period]:not([data-period='${p.id}'])`,
    `.map-page:has(input[value='${p.id}']:checked) [data-periods]:not([data-periods~='${p.id}'])`,
  ]);
  return `${selectors.join(',\n')} {\n  display: none;\n}\n`;
}
