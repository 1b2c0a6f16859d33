// Label placement for the build-time SVG: greedy, by priority, no overlaps, inside the frame. Each label tries
// several positions around its point before it is dropped, and long labels wrap onto two or three lines.

/** A label to place: its anchor point in pixels and a priority (lower is placed first). */
export interface LabelCandidate {
  id: string;
  text: string;
  x: number;
  y: number;
  priority: number;
  /** The point is the centre of an area, so the label may sit on it rather than beside it. */
  centred?: boolean;
  /** A dated area's label: the periods of the /map/ filter in which it shows. */
  periods?: string;
  /**
   * A direction (dx, dy) the label should lean towards: positions on that side of its point are tried first.
   * Each side's account of one site leans away from the other's, so neither label sits over the other's circle.
   */
  away?: [number, number];
}

/** A placed label: its lines, where the first baseline starts, and how the text is anchored there. */
export interface PlacedLabel extends LabelCandidate {
  lines: string[];
  tx: number;
  ty: number;
  anchor: 'start' | 'middle' | 'end';
  /** The space the label takes. */
  box: Box;
  /** For a label placed away from its point (the outer ring): a line from near the point to the label, x1 y1 x2 y2. */
  leader?: [number, number, number, number];
}

/** A rectangle in pixels: left, top, right, bottom. */
export type Box = [number, number, number, number];

/** Sizes of label text: estimated width of one character, and the line height, in px. */
export interface LabelMetrics {
  charWidth: number;
  lineHeight: number;
}

/** The line height of map labels in px (13 px text); the SVG spaces wrapped lines by it. */
export const LABEL_LINE_HEIGHT = 14;
const DEFAULT_METRICS: LabelMetrics = { charWidth: 7.4, lineHeight: LABEL_LINE_HEIGHT };
/** Lines longer than this wrap; a title with a colon ("Armenian account: …") breaks after the colon first. */
export const MAX_LINE_CHARS = 26;
/** From this zoom on, areas are labelled with their whole title; below it, with their short form. */
export const FULL_LABEL_ZOOM = 7;
/** Gap between a point and its label, in px. */
const GAP = 6;
/** Labels keep this far from the frame's edge, in px. */
const MARGIN = 2;

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Break a label into lines of at most `maxChars` characters where it can, after a colon first. */
export function wrapLabel(text: string, maxChars = MAX_LINE_CHARS): string[] {
  const parts = text.split(/(?<=:)\s+/);
  const lines: string[] = [];
  for (const part of parts) {
    let line = '';
    for (const word of part.split(/\s+/)) {
      if (line && line.length + 1 + word.length > maxChars) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** The short form of an area's title for small-scale maps: up to its first colon, comma or bracket. */
export function shortLabel(title: string): string {
  return title.split(/[:,(]/)[0].trim() || title;
}

type Option = { box: Box; tx: number; anchor: PlacedLabel['anchor']; far?: boolean };

/** Where a label of size w × h may sit `gap` px from (x, y): right, left, above, below, then the four corners. */
function ring(x: number, y: number, w: number, h: number, gap: number): Option[] {
  const c = gap - 2;
  return [
    { box: [x + gap, y - h / 2, x + gap + w, y + h / 2], tx: x + gap, anchor: 'start' },
    { box: [x - gap - w, y - h / 2, x - gap, y + h / 2], tx: x - gap, anchor: 'end' },
    { box: [x - w / 2, y - gap - h, x + w / 2, y - gap], tx: x, anchor: 'middle' },
    { box: [x - w / 2, y + gap, x + w / 2, y + gap + h], tx: x, anchor: 'middle' },
    { box: [x + c, y - c - h, x + c + w, y - c], tx: x + c, anchor: 'start' },
    { box: [x + c, y + c, x + c + w, y + c + h], tx: x + c, anchor: 'start' },
    { box: [x - c - w, y - c - h, x - c, y - c], tx: x - c, anchor: 'end' },
    { box: [x - c - w, y + c, x - c, y + c + h], tx: x - c, anchor: 'end' },
  ];
}

/**
 * Where a label may go, in the order cartographers prefer: next to its point (right, left, above, below, the
 * corners), then the same a little further out. An area's label tries the area's centre first.
 */
export function labelOptions(x: number, y: number, w: number, h: number, centred = false): Option[] {
  const around = [...ring(x, y, w, h, GAP), ...ring(x, y, w, h, GAP * 2.5).map((o) => ({ ...o, far: true }))];
  return centred ? [{ box: [x - w / 2, y - h / 2, x + w / 2, y + h / 2], tx: x, anchor: 'middle' }, ...around] : around;
}

/** Options reordered so that those on the `away` side of the point come first (near before far); stable otherwise. */
function leaning(options: Option[], c: LabelCandidate): Option[] {
  const away = c.away;
  if (!away || (away[0] === 0 && away[1] === 0)) return options;
  const score = (o: Option) => ((o.box[0] + o.box[2]) / 2 - c.x) * away[0] + ((o.box[1] + o.box[3]) / 2 - c.y) * away[1];
  const side = options.filter((o) => score(o) > 0);
  const rest = options.filter((o) => score(o) <= 0);
  const byScore = (a: Option, b: Option) => Number(a.far ?? false) - Number(b.far ?? false) || score(b) - score(a);
  return [...side.sort(byScore), ...rest.sort(byScore)];
}

/** A line from 3 px off the point (x, y) to the nearest edge of `box`, so a label set further out stays tied to it. */
export function leaderLine(x: number, y: number, box: Box): [number, number, number, number] {
  const ex = Math.min(Math.max(x, box[0]), box[2]);
  const ey = Math.min(Math.max(y, box[1]), box[3]);
  const length = Math.hypot(ex - x, ey - y) || 1;
  const round = (n: number) => Math.round(n * 10) / 10;
  return [round(x + ((ex - x) / length) * 3), round(y + ((ey - y) / length) * 3), round(ex), round(ey)];
}

/**
 * Place labels in priority order, each at the first position that stays inside the frame and clear of labels
 * already placed and of `reserved` boxes (the scale bar); drop those that fit nowhere. `markers` (other points'
 * dots) are kept clear by ordinary labels; labels with a negative priority (each side's account, the view's focus)
 * may cover a dot rather than be dropped. Text width is estimated from the character count.
 */
export function placeLabels(
  candidates: LabelCandidate[],
  width: number,
  height: number,
  opts: { metrics?: LabelMetrics; reserved?: Box[]; markers?: Box[] } = {},
): PlacedLabel[] {
  const { charWidth, lineHeight } = opts.metrics ?? DEFAULT_METRICS;
  const taken: Box[] = [...(opts.reserved ?? [])];
  const markers = opts.markers ?? [];
  const placed: PlacedLabel[] = [];
  const inside = (b: Box) => b[0] >= MARGIN && b[2] <= width - MARGIN && b[1] >= MARGIN && b[3] <= height - MARGIN;
  for (const c of [...candidates].sort((a, b) => a.priority - b.priority)) {
    if (c.x < 0 || c.x > width || c.y < 0 || c.y > height) continue;
    const lines = wrapLabel(c.text);
    const w = Math.max(...lines.map((l) => l.length)) * charWidth;
    const h = lines.length * lineHeight;
    const obstacles = c.priority < 0 ? taken : [...taken, ...markers];
    const fit = leaning(labelOptions(c.x, c.y, w, h, c.centred), c).find((o) => inside(o.box) && !obstacles.some((t) => overlaps(t, o.box)));
    if (!fit) continue;
    taken.push(fit.box, [c.x - 3, c.y - 3, c.x + 3, c.y + 3]);
    // The first baseline sits about three quarters of a line below the top of the box.
    placed.push({
      ...c,
      lines,
      tx: fit.tx,
      ty: fit.box[1] + lineHeight - 3.5,
      anchor: fit.anchor,
      box: fit.box,
      ...(fit.far ? { leader: leaderLine(c.x, c.y, fit.box) } : {}),
    });
  }
  return placed;
}
