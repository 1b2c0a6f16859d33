// Label placement for the build-time SVG: greedy, by priority, no overlaps, inside the frame.

/** A label to place: its anchor point in pixels and a priority (lower is placed first). */
export interface LabelCandidate {
  id: string;
  text: string;
  x: number;
  y: number;
  priority: number;
}

/** A placed label: where its text starts and which side of the point it sits on. */
export interface PlacedLabel extends LabelCandidate {
  tx: number;
  ty: number;
  anchor: 'start' | 'end';
}

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Place labels right of their point, or left if that collides or leaves the frame; drop those that fit nowhere.
 * Text width is estimated from the character count (`charWidth` px per character at the label size).
 */
export function placeLabels(candidates: LabelCandidate[], width: number, height: number, charWidth = 7.4, lineHeight = 14): PlacedLabel[] {
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  for (const c of [...candidates].sort((a, b) => a.priority - b.priority)) {
    if (c.x < 0 || c.x > width || c.y < 0 || c.y > height) continue;
    const w = c.text.length * charWidth;
    const options: Array<{ box: Box; tx: number; anchor: 'start' | 'end' }> = [
      { box: [c.x + 5, c.y - lineHeight / 2, c.x + 5 + w, c.y + lineHeight / 2], tx: c.x + 6, anchor: 'start' },
      { box: [c.x - 5 - w, c.y - lineHeight / 2, c.x - 5, c.y + lineHeight / 2], tx: c.x - 6, anchor: 'end' },
    ];
    const fit = options.find((o) => o.box[0] >= 2 && o.box[2] <= width - 2 && o.box[1] >= 2 && o.box[3] <= height - 2 && !taken.some((t) => overlaps(t, o.box)));
    if (!fit) continue;
    taken.push(fit.box, [c.x - 3, c.y - 3, c.x + 3, c.y + 3]);
    placed.push({ ...c, tx: fit.tx, ty: c.y + 4, anchor: fit.anchor });
  }
  return placed;
}
