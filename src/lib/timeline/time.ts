import { dayRange } from '../dates.ts';

/** Milliseconds since 1970 (UTC midnight) of the first day a partial date covers: 1992-05 → 1 May 1992. */
export function eventTime(date: string): number {
  const [y, m, d] = dayRange(date).first.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}
