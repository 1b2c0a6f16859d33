import { utcMonth, utcYear } from 'd3-time';

/** One day in milliseconds. */
const DAY = 86_400_000;

/** A stretch of time drawn with its own linear scale, between x0 and x1 px. */
export interface Era {
  /** Start and end of the era's domain (ms, UTC), padded to whole months (dense) or years (context). */
  t0: number;
  t1: number;
  /** Left and right edge in px at zoom 1. */
  x0: number;
  x1: number;
  /** How many events fall in it. */
  count: number;
  /** dense: the busy months, stretched; context: quiet years, compressed. */
  kind: 'dense' | 'context';
}

/** Tunables of the era split. */
export interface EraOptions {
  /** A gap between consecutive events longer than this (days) may start a new era. */
  breakDays: number;
  /** A cluster with at least this many events is drawn at its own, stretched scale. */
  minDense: number;
  /** Space (px) left between two eras for the break mark. */
  gap: number;
  /** No era is narrower than this (px), so its tick and era label stay readable. */
  minWidth: number;
  /** Left and right margin (px). */
  margin: number;
}

/** Defaults tuned on the real data: three eras (1988–2016, 2020–21, 2022 to today). */
export const ERA_DEFAULTS: EraOptions = { breakDays: 120, minDense: 6, gap: 28, minWidth: 72, margin: 14 };

/**
 * Split sorted event times into eras: clusters separated by long quiet gaps; the busiest keeps its own scale, and
 * the clusters before and after it merge into one compressed "context" era each. Widths grow with count^0.7 (never under minWidth).
 */
export function findEras(times: number[], width: number, options: Partial<EraOptions> = {}): Era[] {
  const o = { ...ERA_DEFAULTS, ...options };
  const sorted = [...times].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const clusters: number[][] = [[sorted[0]]];
  for (const t of sorted.slice(1)) {
    const current = clusters[clusters.length - 1];
    if (t - current[current.length - 1] > o.breakDays * DAY) clusters.push([t]);
    else current.push(t);
  }
  // At most three eras: the busiest dense cluster at its own scale, and what comes before and after it each
  // compressed into one context era. More eras than that leave each too narrow to read on a phone.
  const sizes = clusters.map((c) => c.length);
  const busiest = sizes.indexOf(Math.max(...sizes));
  const spans: Array<{ times: number[]; kind: Era['kind'] }> = [];
  const before = clusters.slice(0, busiest).flat();
  const after = clusters.slice(busiest + 1).flat();
  if (before.length) spans.push({ times: before, kind: 'context' });
  spans.push({ times: [...clusters[busiest]], kind: clusters[busiest].length >= o.minDense ? 'dense' : 'context' });
  if (after.length) spans.push({ times: after, kind: 'context' });
  // A lone context era next to nothing else is simply the whole span: draw it as one dense era.
  if (spans.length === 1) spans[0].kind = 'dense';
  const weights = spans.map((s) => s.times.length ** 0.7);
  const available = width - 2 * o.margin - o.gap * (spans.length - 1);
  // On narrow screens the minimum shrinks (12% of the width, at least 40 px) so the busy era keeps most of the room.
  const min = Math.min(o.minWidth, Math.max(40, available * 0.12), available / spans.length);
  const widths = fitWidths(weights, available, min);
  let x = o.margin;
  return spans.map((span, i) => {
    const first = span.times[0];
    const last = span.times[span.times.length - 1];
    const interval = span.kind === 'dense' ? utcMonth : utcYear;
    const era: Era = {
      t0: interval.floor(new Date(first)).getTime(),
      t1: interval.offset(interval.floor(new Date(last)), 1).getTime(),
      x0: x,
      x1: x + widths[i],
      count: span.times.length,
      kind: span.kind,
    };
    x += widths[i] + o.gap;
    return era;
  });
}

/** Share `available` px in proportion to `weights`, giving every share at least `min`. */
function fitWidths(weights: number[], available: number, min: number): number[] {
  const fixed = new Set<number>();
  for (;;) {
    const free = available - fixed.size * min;
    const total = weights.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
    const widths = weights.map((w, i) => (fixed.has(i) ? min : (w / total) * free));
    const tooSmall = widths.findIndex((w, i) => !fixed.has(i) && w < min);
    if (tooSmall === -1) return widths;
    fixed.add(tooSmall);
  }
}

/** The x (px, zoom 1) of time `t` on the piecewise scale; times between eras fall on the nearest edge. */
export function positionOf(t: number, eras: Era[]): number {
  for (const era of eras) {
    if (t <= era.t1) return t < era.t0 ? era.x0 : era.x0 + ((t - era.t0) / (era.t1 - era.t0)) * (era.x1 - era.x0);
  }
  return eras.length ? eras[eras.length - 1].x1 : 0;
}
