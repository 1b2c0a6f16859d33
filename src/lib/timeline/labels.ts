import { textWidth, truncate } from './text.ts';

/** An event label to place: the column's x (px), the text, and the leader's lowest point (px, the stack's top). */
export interface LabelCandidate {
  id: string;
  x: number;
  text: string;
}

/** A placed label: text box [x0, x1] in lane `lane` (0 is nearest the marks), anchored at `anchorX`. */
export interface PlacedLabel {
  id: string;
  text: string;
  lane: number;
  anchorX: number;
  x0: number;
  x1: number;
  /** start: text runs right of the anchor; end: left of it (near the right edge). */
  align: 'start' | 'end';
}

/** Label size in px and the clearance (px) between labels and leaders. */
export const LABEL_FONT = 12;
const CLEAR = 6;

const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 + CLEAR && b0 < a1 + CLEAR;

/**
 * Greedy label placement without overlaps: candidates in priority order try lanes from the marks outward; a label
 * must clear the labels in its lane, leaders of higher labels crossing its lane, and its own leader must clear the
 * labels in the lanes below. Labels stay inside [left, right]. A candidate with no room gets no label (its mark and
 * list entry remain).
 */
export function placeLabels(candidates: LabelCandidate[], lanes: number, left: number, right: number, maxWidth: number): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const c of candidates) {
    if (c.x < left || c.x > right) continue;
    const text = truncate(c.text, Math.min(maxWidth, right - left), LABEL_FONT);
    const w = textWidth(text, LABEL_FONT);
    const align = c.x + w <= right ? 'start' : 'end';
    const x0 = align === 'start' ? c.x - 2 : c.x - w + 2;
    const x1 = x0 + w;
    if (x0 < left) continue;
    for (let lane = 0; lane < lanes; lane++) {
      const clear = placed.every((p) => {
        if (p.lane === lane) return !overlaps(x0, x1, p.x0, p.x1);
        if (p.lane > lane) return !overlaps(x0, x1, p.anchorX, p.anchorX);
        return !overlaps(c.x, c.x, p.x0, p.x1);
      });
      if (clear) {
        placed.push({ id: c.id, text, lane, anchorX: c.x, x0, x1, align });
        break;
      }
    }
  }
  return placed;
}

/** Pairs of placed labels whose boxes overlap in the same lane (for tests: always empty). */
export function labelCollisions(labels: PlacedLabel[]): Array<[string, string]> {
  const hits: Array<[string, string]> = [];
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      if (a.lane === b.lane && a.x0 < b.x1 && b.x0 < a.x1) hits.push([a.id, b.id]);
    }),
  );
  return hits;
}
