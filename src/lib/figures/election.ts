import { scaleLinear } from 'd3';
import type { ElectionFigure, ElectionList } from '../../schemas/figure-election.ts';
import { formatCount, formatShare, textWidth } from './format.ts';
import { placeLabels } from './labels.ts';
import type { FigureLayout, Mark } from './marks.ts';

/** Font sizes in SVG units; the SVG is drawn at the width it is shown, so these are close to CSS pixels. */
const FONT = 13;
const SMALL = 12;
const LANE = 16;

/** The threshold a list must reach: 5% for a party, 7% for an alliance (from the figure's data). */
export function thresholdFor(figure: Pick<ElectionFigure, 'thresholds'>, list: Pick<ElectionList, 'type'>): number {
  return list.type === 'alliance' ? figure.thresholds.alliance : figure.thresholds.party;
}

/** The share axis: from 0 to the next 10% above the largest share (or threshold), so nothing is cut off. */
export function shareScale(figure: Pick<ElectionFigure, 'lists' | 'thresholds'>, x0: number, x1: number) {
  const top = Math.max(...figure.lists.map((l) => l.share), figure.thresholds.party, figure.thresholds.alliance);
  return scaleLinear()
    .domain([0, Math.min(100, Math.ceil(top / 10) * 10)])
    .range([x0, x1]);
}

/** The seat bar: each list with seats as a segment, in order, covering exactly [x0, x1] when seats add up. */
export function seatSegments(lists: readonly Pick<ElectionList, 'name' | 'seats'>[], totalSeats: number, x0: number, x1: number) {
  const scale = scaleLinear().domain([0, totalSeats]).range([x0, x1]);
  let before = 0;
  return lists
    .filter((l) => l.seats > 0)
    .map((l) => {
      const segment = { name: l.name, seats: l.seats, x: scale(before), width: scale(before + l.seats) - scale(before) };
      before += l.seats;
      return segment;
    });
}

/** Where each threshold is drawn on the share axis, with its label and line style (dashed parties, dotted alliances). */
export function thresholdMarks(figure: Pick<ElectionFigure, 'thresholds'>, scale: (share: number) => number) {
  return [
    {
      type: 'party' as const,
      value: figure.thresholds.party,
      x: scale(figure.thresholds.party),
      text: `${formatShare(figure.thresholds.party)} for parties`,
      className: 'fig-threshold',
    },
    {
      type: 'alliance' as const,
      value: figure.thresholds.alliance,
      x: scale(figure.thresholds.alliance),
      text: `${formatShare(figure.thresholds.alliance)} for alliances`,
      className: 'fig-threshold fig-threshold-alt',
    },
  ];
}

const SEAT_CLASSES = ['fig-fill-1', 'fig-fill-2', 'fig-fill-3', 'fig-fill-4'];

/**
 * Lay out an election figure at `width`: turnout, one bar per list against the party and alliance thresholds
 * (lists that won no seats drawn in outline), then the seat split of parliament with collision-free labels.
 * Narrow widths put each list's name above its bar; wide ones put it in a column on the left.
 */
export function electionLayout(figure: ElectionFigure, width: number): FigureLayout {
  const marks: Mark[] = [];
  const pad = 4;
  const wide = width >= 520;
  const nameColumn = wide ? Math.min(190, Math.max(...figure.lists.map((l) => textWidth(l.name, FONT))) + 16) : 0;
  const x0 = pad + nameColumn;
  const x1 = width - pad;
  let y = 0;

  // Turnout: a 0–100% bar, so it is read as a share of registered voters, not of votes.
  y += FONT + 2;
  marks.push({ type: 'text', x: pad, y, text: `Turnout: ${formatShare(figure.turnout.share)} of registered voters`, className: 'fig-text fig-strong' });
  y += 6;
  const turnout = scaleLinear().domain([0, 100]).range([pad, x1]);
  marks.push({ type: 'rect', x: pad, y, width: x1 - pad, height: 8, className: 'fig-track' });
  marks.push({ type: 'rect', x: pad, y, width: turnout(figure.turnout.share) - pad, height: 8, className: 'fig-fill-1' });
  y += 8 + 26;

  // Vote shares. Each bar carries a tick at its own threshold (parties 5%, alliances 7%), labelled once above.
  marks.push({ type: 'text', x: pad, y, text: 'Share of the vote', className: 'fig-text fig-strong' });
  y += 8;
  const scale = shareScale(figure, x0, x1);
  const thresholds = thresholdMarks(figure, scale);
  const labelWidths = thresholds.map((t) => textWidth(t.text, SMALL));
  // Each label starts just right of its line, unless another label is in the way.
  const placed = placeLabels(
    thresholds.map((t, i) => ({ anchor: t.x + labelWidths[i] / 2 + 4, width: labelWidths[i] })),
    x0,
    x1,
    6,
  );
  const lanes = Math.max(...placed.map((p) => p.lane)) + 1;
  placed.forEach((p, i) => {
    const labelY = y + SMALL + p.lane * LANE;
    marks.push({
      type: 'line',
      x1: thresholds[i].x,
      y1: labelY - SMALL + 1,
      x2: thresholds[i].x,
      y2: y + lanes * LANE + 4,
      className: thresholds[i].className,
    });
    marks.push({ type: 'text', x: p.x, y: labelY, text: thresholds[i].text, className: 'fig-text fig-small fig-muted' });
  });
  y += lanes * LANE + 4;
  const barsTop = y;
  const rowHeight = wide ? 30 : 44;
  for (const list of figure.lists) {
    const entered = list.seats > 0;
    const value = `${formatShare(list.share)}${list.count === 'preliminary' ? ' (preliminary)' : ''}${entered ? '' : ', no seats'}`;
    const barY = wide ? y + 6 : y + FONT + 8;
    if (wide) marks.push({ type: 'text', x: pad, y: barY + 11, text: list.name, className: 'fig-text' });
    else marks.push({ type: 'text', x: pad, y: y + FONT + 2, text: list.name, className: 'fig-text' });
    const end = scale(list.share);
    marks.push({ type: 'rect', x: x0, y: barY, width: end - x0, height: 14, className: entered ? 'fig-fill-1' : 'fig-outline' });
    const tick = thresholds.find((t) => t.type === list.type)!;
    marks.push({ type: 'line', x1: tick.x, y1: barY - 4, x2: tick.x, y2: barY + 18, className: `${tick.className} fig-tick` });
    // The value sits after the bar and its threshold tick when it fits there, otherwise inside the bar's end.
    const valueWidth = textWidth(value, SMALL);
    const after = Math.max(end, tick.x) + 5;
    if (after + valueWidth <= x1) marks.push({ type: 'text', x: after, y: barY + 11, text: value, className: 'fig-text fig-small' });
    else marks.push({ type: 'text', x: end - 5, y: barY + 11, text: value, className: 'fig-text fig-small fig-on-fill', anchor: 'end' });
    y += rowHeight;
  }
  marks.push({ type: 'line', x1: x0, y1: barsTop - 2, x2: x0, y2: y - 4, className: 'fig-axis' });
  y += 18;

  // Seats: one bar of the whole parliament, split by list, labelled below (never by colour alone).
  marks.push({ type: 'text', x: pad, y, text: `Seats in parliament (${figure.totalSeats})`, className: 'fig-text fig-strong' });
  y += 8;
  const segments = seatSegments(figure.lists, figure.totalSeats, pad, x1);
  segments.forEach((s, i) =>
    marks.push({ type: 'rect', x: s.x, y, width: s.width, height: 22, className: `${SEAT_CLASSES[i % SEAT_CLASSES.length]} fig-segment` }),
  );
  y += 22;
  const texts = segments.map((s) => `${s.name}: ${formatCount(s.seats)}`);
  const widths = texts.map((t) => textWidth(t, SMALL));
  const seatLabels = placeLabels(
    segments.map((s, i) => ({ anchor: s.x + s.width / 2, width: widths[i] })),
    pad,
    x1,
  );
  // Leaders first, then labels with a halo, so a leader passing behind a nearer label never hides it.
  seatLabels.forEach((p, i) => {
    const middle = segments[i].x + segments[i].width / 2;
    marks.push({ type: 'line', x1: middle, y1: y, x2: middle, y2: y + 16 + p.lane * LANE - SMALL + 2, className: 'fig-leader' });
  });
  seatLabels.forEach((p, i) => {
    marks.push({ type: 'text', x: p.x, y: y + 16 + p.lane * LANE, text: texts[i], className: 'fig-text fig-small fig-halo' });
  });
  y += 16 + (Math.max(0, ...seatLabels.map((p) => p.lane)) + 1) * LANE;
  return { width, height: y, marks };
}
