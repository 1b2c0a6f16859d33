/** A point to stack: an event id and its x (px). Input must be sorted by x. */
export interface StackInput {
  id: string;
  x: number;
}

/** One column of marks: the events drawn, and how many more were merged into a visible "+N" count. */
export interface Stack {
  /** x of the column (px): the first event's x. */
  x: number;
  /** Every event in the column, in time order. */
  ids: string[];
  /** The events drawn as marks, bottom up. */
  shown: string[];
  /** Events not drawn; the column shows "+merged" on top. 0 when all are drawn. */
  merged: number;
}

/**
 * Group sorted points into columns at least `gap` px apart (so each mark keeps a 24 px target), and draw at most
 * `maxStack` slots per column: when more events fall in a column, the top slot becomes a "+N" count.
 */
export function stackMarks(points: StackInput[], gap: number, maxStack: number): Stack[] {
  const stacks: Stack[] = [];
  for (const point of points) {
    const last = stacks[stacks.length - 1];
    if (last && point.x - last.x < gap) last.ids.push(point.id);
    else stacks.push({ x: point.x, ids: [point.id], shown: [], merged: 0 });
  }
  for (const stack of stacks) {
    const fits = stack.ids.length <= maxStack;
    stack.shown = fits ? [...stack.ids] : stack.ids.slice(0, maxStack - 1);
    stack.merged = stack.ids.length - stack.shown.length;
  }
  return stacks;
}
