// Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as the content writes them: checks and ranges, in UTC, with no
// dependencies, so the browser code (the map's period filter) can use them without pulling in the schemas.

/** True when `text` is YYYY, YYYY-MM or YYYY-MM-DD and names a day that exists (no 31 April). */
export function isRealPartialDate(text: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return false;
  const [, y, m, d] = match;
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const lastDay = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= lastDay;
}

/** How precisely a partial date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

/** The precision carried by a partial date's form: 1988 → year, 1988-02 → month, 1988-02-20 → day. */
export function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The first and last day covered by a partial date, as YYYY-MM-DD (so 1994-05 covers 1994-05-01..1994-05-31). */
export function dayRange(date: string): { first: string; last: string } {
  const [y, m, d] = date.split('-').map(Number);
  if (d !== undefined) return { first: date, last: date };
  if (m !== undefined) {
    const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { first: `${date}-01`, last: `${date}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: `${date}-01-01`, last: `${date}-12-31` };
}
