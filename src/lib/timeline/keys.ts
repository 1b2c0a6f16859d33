// What a key does on the timeline chart: move to another event, or zoom. Pure, so it is tested without a browser.

export type KeyAction = { kind: 'select'; index: number } | { kind: 'zoom'; factor: number };

/**
 * The action for `key` when event `index` of `count` visible events is selected (-1: none), or undefined for a key
 * the chart leaves alone. Arrows step through events in time order, Home and End jump to the ends, + and − zoom.
 */
export function keyAction(key: string, index: number, count: number): KeyAction | undefined {
  const select = (i: number): KeyAction => ({ kind: 'select', index: Math.max(0, Math.min(count - 1, i)) });
  const back = () => select(index < 0 ? 0 : index - 1);
  const actions: Record<string, () => KeyAction> = {
    ArrowRight: () => select(index + 1),
    ArrowDown: () => select(index + 1),
    ArrowLeft: back,
    ArrowUp: back,
    Home: () => select(0),
    End: () => select(count - 1),
    '+': () => ({ kind: 'zoom', factor: 2 }),
    '=': () => ({ kind: 'zoom', factor: 2 }),
    '-': () => ({ kind: 'zoom', factor: 0.5 }),
    _: () => ({ kind: 'zoom', factor: 0.5 }),
  };
  return actions[key]?.();
}
