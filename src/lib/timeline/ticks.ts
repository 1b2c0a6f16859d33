import { utcDay, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { MONTHS } from '../format-date.ts';
import { textWidth } from './text.ts';

/** One axis tick: its time (ms, UTC), x (px) and label. */
export interface Tick {
  t: number;
  x: number;
  label: string;
}

/** Short month names for tick and era labels: "Jan", "Feb"… */
export const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));

type Unit = 'day' | 'month' | 'year';
const STEPS: Array<[Unit, number, CountableTimeInterval]> = [
  ['day', 1, utcDay],
  ['day', 2, utcDay],
  ['day', 7, utcDay],
  ['day', 14, utcDay],
  ['month', 1, utcMonth],
  ['month', 2, utcMonth],
  ['month', 3, utcMonth],
  ['month', 6, utcMonth],
  ['year', 1, utcYear],
  ['year', 2, utcYear],
  ['year', 5, utcYear],
  ['year', 10, utcYear],
  ['year', 20, utcYear],
];

/** Tick label size in px and the least space (px) between two tick labels. */
export const TICK_FONT = 11;
const TICK_PAD = 10;

/** Label of a tick in UTC: "1990", "Jan 2021"/"Feb", "27 May" (the year is added on the first tick of an era). */
function label(t: number, unit: Unit, first: boolean): string {
  const d = new Date(t);
  if (unit === 'year') return String(d.getUTCFullYear());
  const month = SHORT_MONTHS[d.getUTCMonth()];
  if (unit === 'month') return d.getUTCMonth() === 0 || first ? `${month} ${d.getUTCFullYear()}` : month;
  return first ? `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}` : `${d.getUTCDate()} ${month}`;
}

/**
 * Ticks for the time span [t0, t1] drawn over `pixels` px: the finest UTC interval (day … 20 years) whose labels
 * leave room for each other. `toX` maps a time to px. Labels that would overlap or leave [left, right] are dropped.
 */
export function timeTicks(t0: number, t1: number, pixels: number, toX: (t: number) => number, left = -Infinity, right = Infinity): Tick[] {
  for (const [unit, step, interval] of STEPS) {
    const every = interval.every(step);
    if (!every) continue;
    const times = every.range(new Date(t0), new Date(t1 + 1)).map((d) => d.getTime());
    const widest = unit === 'year' ? 4 : unit === 'month' ? 8 : 6;
    if (times.length === 0 || pixels / times.length < textWidth('x'.repeat(widest), TICK_FONT) + TICK_PAD) continue;
    return withoutCollisions(
      times.map((t, i) => ({ t, x: toX(t), label: label(t, unit, i === 0) })),
      left,
      right,
    );
  }
  return [];
}

/** The horizontal box a tick label (centred on its x) covers. */
export function tickBox(tick: Tick): [number, number] {
  const w = textWidth(tick.label, TICK_FONT);
  return [tick.x - w / 2, tick.x + w / 2];
}

/** Keep ticks left to right while their labels stay inside [left, right] and clear of the previous kept label. */
function withoutCollisions(ticks: Tick[], left: number, right: number): Tick[] {
  const kept: Tick[] = [];
  let end = -Infinity;
  for (const tick of ticks) {
    const [a, b] = tickBox(tick);
    if (a < left || b > right || a < end + TICK_PAD / 2) continue;
    kept.push(tick);
    end = b;
  }
  return kept;
}
