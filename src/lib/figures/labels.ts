/** A label that wants to sit centred on `anchor`, `width` wide. */
export interface LabelRequest {
  anchor: number;
  width: number;
}

/** Where a label ended up: its left edge and the lane (0 = nearest the mark) it was put in. */
export interface PlacedLabel {
  x: number;
  lane: number;
}

/**
 * Place labels without overlaps: each is centred on its anchor but kept inside [min, max]; a label that would
 * touch one already in a lane moves to the next lane. Labels keep their input order in the result.
 */
export function placeLabels(labels: readonly LabelRequest[], min: number, max: number, gap = 8): PlacedLabel[] {
  const order = labels.map((label, index) => ({ ...label, index })).sort((a, b) => a.anchor - b.anchor || a.index - b.index);
  /** The right edge of the last label in each lane. */
  const laneEnds: number[] = [];
  const placed: PlacedLabel[] = new Array(labels.length);
  for (const label of order) {
    const x = Math.max(min, Math.min(max - label.width, label.anchor - label.width / 2));
    let lane = laneEnds.findIndex((end) => x >= end + gap);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = x + label.width;
    placed[label.index] = { x, lane };
  }
  return placed;
}

/** True when two placed labels of the given widths would overlap (same lane and intersecting extents). */
export function labelsOverlap(a: PlacedLabel & { width: number }, b: PlacedLabel & { width: number }): boolean {
  return a.lane === b.lane && a.x < b.x + b.width && b.x < a.x + a.width;
}
