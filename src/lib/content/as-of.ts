import { dayRange } from '../dates.ts';

/** Something a chapter relies on that carries a date: a source it cites or one of its timeline events. */
export interface DatedReference {
  kind: 'source' | 'event';
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
}

/**
 * What is wrong with a chapter's "facts as of" day, or undefined. It cannot be later than today (facts are not
 * checked in advance) nor earlier than the newest source or event the chapter relies on (its facts were checked
 * at least up to then). A month- or year-only date counts from its first day.
 */
export function factsAsOfProblem(asOf: string, today: string, references: readonly DatedReference[]): string | undefined {
  if (asOf > today) return `${asOf} is in the future; expected the day the facts were last checked, on or before today (${today})`;
  let newest: (DatedReference & { first: string }) | undefined;
  for (const ref of references) {
    const { first } = dayRange(ref.date);
    if (!newest || first > newest.first) newest = { ...ref, first };
  }
  if (newest && newest.first > asOf) {
    return `${asOf} is before ${newest.date}, the date of the ${newest.kind} "${newest.id}" this chapter relies on; expected a day on or after ${newest.first}`;
  }
  return undefined;
}

/** Today in UTC, YYYY-MM-DD. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
