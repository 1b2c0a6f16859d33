import { scaleLinear } from 'd3';
import { symbol, symbolCircle, symbolDiamond } from 'd3';
import type { CasualtyFigure } from '../../schemas/figure-casualties.ts';
import { formatCount, formatReported, formatShortDate, textWidth } from './format.ts';
import { placeLabels } from './labels.ts';
import type { FigureLayout, Mark } from './marks.ts';

const FONT = 13;
const SMALL = 12;
/** One label is two lines: the number, then who gave it and when. */
const LABEL_HEIGHT = 34;

/** How far right of its point an open-ended tail and its arrowhead reach, in px. */
const OPEN_TAIL = 20;
const isOpenEnded = (qualifier: string) => qualifier === 'more-than' || qualifier === 'at-least';

/** The count axis shared by every row, from 0 to a round number above the largest value or range end. */
export function countScale(figure: Pick<CasualtyFigure, 'series'>, x0: number, x1: number) {
  const points = figure.series.flatMap((s) => s.points);
  const scale = scaleLinear()
    .domain([0, Math.max(...points.map((p) => p.high ?? p.value))])
    .range([x0, x1])
    .nice(4);
  // An open-ended point ("more than") draws its tail to the right: when that would leave the drawing, the axis
  // stops short of the edge to make room.
  const tailTooFar = points.some((p) => isOpenEnded(p.qualifier) && scale(p.value) + OPEN_TAIL > x1);
  return tailTooFar ? scale.range([x0, x1 - OPEN_TAIL]) : scale;
}

/** The two lines of a point's label: "3,773; 243 missing" and "Associated Press, May 2021". */
export function pointLabel(point: CasualtyFigure['series'][number]['points'][number]): [string, string] {
  const number = formatReported(point.value, point.qualifier, point.high);
  return [point.extra ? `${number}; ${point.extra}` : number, `${point.reportedBy}, ${formatShortDate(point.date)}`];
}

const official = symbol(symbolCircle, 64)()!;
const estimate = symbol(symbolDiamond, 80)()!;

/**
 * Lay out a casualties figure at `width`: one row per series on a shared count axis, each reported number a dated
 * point labelled with who gave it. Points of one series are joined by an arrow from the earlier to the later
 * report; labels that would collide move to further lanes. Nothing is added up.
 */
export function casualtyLayout(figure: CasualtyFigure, width: number): FigureLayout {
  const marks: Mark[] = [];
  const pad = 6;
  const x0 = pad;
  const x1 = width - pad;
  const scale = countScale(figure, x0, x1);
  const ticks = scale.ticks(width < 480 ? 4 : 7);
  let y = 4;
  const top = y;
  const gridMarks: Mark[] = [];
  for (const series of figure.series) {
    const independent = series.countedBy === 'independent';
    y += FONT + 2;
    marks.push({ type: 'text', x: pad, y, text: series.label, className: 'fig-text fig-strong' });
    y += 16;
    const rowY = y;
    marks.push({ type: 'line', x1: x0, y1: rowY, x2: x1, y2: rowY, className: 'fig-axis' });
    const xs = series.points.map((p) => scale(p.value));
    // One government's count as it changed: an arrow from the earlier report to the later one. Estimates by
    // different agencies are separate judgements, not a count that changed, so they are not joined.
    for (let i = 1; i < xs.length && !independent; i++) {
      const from = xs[i - 1] + 6;
      const to = xs[i] - 7;
      if (Math.abs(to - from) > 8) {
        marks.push({ type: 'line', x1: from, y1: rowY, x2: to, y2: rowY, className: 'fig-change' });
        const dir = to > from ? -1 : 1;
        marks.push({ type: 'path', d: `M${to.toFixed(1)},${rowY}l${dir * 5},-4v8z`, className: 'fig-change-head' });
      }
    }
    series.points.forEach((point, i) => {
      if (point.high !== undefined) {
        marks.push({
          type: 'rect',
          x: scale(point.value),
          y: rowY - 4,
          width: scale(point.high) - scale(point.value),
          height: 8,
          className: independent ? 'fig-fill-3' : 'fig-fill-1',
        });
      }
      if (isOpenEnded(point.qualifier)) {
        // "More than" is drawn as an open-ended tail to the right, so the point is not read as exact.
        marks.push({ type: 'line', x1: xs[i], y1: rowY - 9, x2: xs[i] + 16, y2: rowY - 9, className: 'fig-open' });
        marks.push({ type: 'path', d: `M${(xs[i] + OPEN_TAIL).toFixed(1)},${rowY - 9}l-5,-3.5v7z`, className: 'fig-open-head' });
      }
      marks.push({
        type: 'path',
        d: independent ? estimate : official,
        transform: `translate(${xs[i].toFixed(1)},${rowY})`,
        className: `${independent ? 'fig-fill-3' : 'fig-fill-1'} fig-point${!independent && i < series.points.length - 1 ? ' fig-point-early' : ''}`,
      });
    });
    const labels = series.points.map(pointLabel);
    const widths = labels.map(([a, b]) => Math.max(textWidth(a, SMALL + 1), textWidth(b, SMALL)));
    const placed = placeLabels(
      xs.map((x, i) => ({ anchor: x, width: widths[i] })),
      x0,
      x1,
      10,
    );
    const labelTop = rowY + 12;
    placed.forEach((p, i) => {
      const ly = labelTop + p.lane * LABEL_HEIGHT;
      marks.push({ type: 'line', x1: xs[i], y1: rowY + 6, x2: xs[i], y2: ly + 2, className: 'fig-leader' });
    });
    placed.forEach((p, i) => {
      const ly = labelTop + p.lane * LABEL_HEIGHT;
      marks.push({ type: 'text', x: p.x, y: ly + SMALL + 1, text: labels[i][0], className: 'fig-text fig-strong fig-halo' });
      marks.push({ type: 'text', x: p.x, y: ly + SMALL + 16, text: labels[i][1], className: 'fig-text fig-small fig-muted fig-halo' });
    });
    y = labelTop + (Math.max(...placed.map((p) => p.lane)) + 1) * LABEL_HEIGHT + 10;
  }
  // Grid lines behind everything, then the shared axis at the bottom.
  for (const tick of ticks) gridMarks.push({ type: 'line', x1: scale(tick), y1: top, x2: scale(tick), y2: y, className: 'fig-grid' });
  y += 14;
  ticks.forEach((tick, i) => {
    const anchor = i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle';
    marks.push({ type: 'text', x: scale(tick), y, text: formatCount(tick), className: 'fig-text fig-small fig-muted', anchor });
  });
  y += 18;
  marks.push({ type: 'text', x: x1, y, text: `Number of ${figure.unit}`, className: 'fig-text fig-small fig-muted', anchor: 'end' });
  y += 6;
  return { width, height: y, marks: [...gridMarks, ...marks] };
}
