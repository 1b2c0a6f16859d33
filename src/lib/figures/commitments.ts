import { symbol, symbolCircle, symbolDiamond2, symbolTriangle } from 'd3';
import { STATUS_LABELS, type CommitmentStatus, type CommitmentsFigure } from '../../schemas/figure-commitments.ts';
import { formatDate } from '../format-date.ts';
import { wrapText } from './format.ts';
import type { FigureLayout, Mark } from './marks.ts';

const FONT = 13;
const SMALL = 12;

/** Each status has its own shape as well as its colour and its word, so none is told by colour alone. */
export const STATUS_GLYPHS: Record<CommitmentStatus, { d: string; className: string }> = {
  done: { d: symbol(symbolCircle, 110)()!, className: 'fig-status-done' },
  'in-progress': { d: symbol(symbolDiamond2, 130)()!, className: 'fig-status-progress' },
  disputed: { d: symbol(symbolTriangle, 110)()!, className: 'fig-status-disputed' },
  'not-established': { d: symbol(symbolCircle, 90)()!, className: 'fig-status-unknown' },
};

/**
 * Lay out an agreement's points as a compact table-like graphic: number, short title and status (shape + word)
 * per row. Narrow widths put the status under the title; wide ones in a column on the right. The full wording,
 * notes and sources are in the figure's data table.
 */
export function commitmentsLayout(figure: CommitmentsFigure, width: number): FigureLayout {
  const marks: Mark[] = [];
  const wide = width >= 480;
  const textX = 34;
  const statusX = wide ? Math.round(width * 0.66) : textX;
  const textWidthMax = (wide ? statusX - 16 : width - 4) - textX;
  let y = FONT + 4;
  marks.push({ type: 'text', x: 4, y, text: 'Point', className: 'fig-text fig-small fig-muted' });
  marks.push({
    type: 'text',
    x: wide ? statusX : textX,
    y,
    text: wide ? `Status by ${formatDate(figure.asOf)}` : `What it required; status by ${formatDate(figure.asOf)}`,
    className: 'fig-text fig-small fig-muted',
  });
  y += 8;
  marks.push({ type: 'line', x1: 0, y1: y, x2: width, y2: y, className: 'fig-axis' });
  for (const point of figure.points) {
    const line1 = y + 20;
    marks.push({ type: 'text', x: 14, y: line1, text: String(point.number), className: 'fig-text fig-strong', anchor: 'middle' });
    marks.push({ type: 'text', x: textX, y: line1, text: point.title, className: 'fig-text fig-strong' });
    const required = wrapText(point.required, textWidthMax, SMALL);
    required.forEach((line, i) => marks.push({ type: 'text', x: textX, y: line1 + 17 + i * 15, text: line, className: 'fig-text fig-small fig-muted' }));
    const glyph = STATUS_GLYPHS[point.status];
    const statusY = wide ? line1 : line1 + 17 + required.length * 15 + 4;
    marks.push({ type: 'path', d: glyph.d, transform: `translate(${statusX + 7},${statusY - 4.5})`, className: `${glyph.className} fig-point` });
    marks.push({ type: 'text', x: statusX + 20, y: statusY, text: STATUS_LABELS[point.status], className: 'fig-text' });
    y = (wide ? line1 + 17 + (required.length - 1) * 15 : statusY) + 12;
    marks.push({ type: 'line', x1: 0, y1: y, x2: width, y2: y, className: 'fig-grid' });
  }
  return { width, height: y + 2, marks };
}
