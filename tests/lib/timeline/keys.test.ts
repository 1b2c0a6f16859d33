import { describe, expect, it } from 'vitest';
import { keyAction } from '../../../src/lib/timeline/keys.ts';

describe('timeline keys', () => {
  it('step through events in time order, staying inside the list', () => {
    expect(keyAction('ArrowRight', 2, 5)).toEqual({ kind: 'select', index: 3 });
    expect(keyAction('ArrowDown', 4, 5)).toEqual({ kind: 'select', index: 4 });
    expect(keyAction('ArrowLeft', 0, 5)).toEqual({ kind: 'select', index: 0 });
    expect(keyAction('ArrowUp', -1, 5)).toEqual({ kind: 'select', index: 0 });
    expect(keyAction('ArrowRight', -1, 5)).toEqual({ kind: 'select', index: 0 });
    expect(keyAction('Home', 3, 5)).toEqual({ kind: 'select', index: 0 });
    expect(keyAction('End', 0, 5)).toEqual({ kind: 'select', index: 4 });
  });
  it('zoom with + and −, and leave other keys to the page', () => {
    expect(keyAction('+', 0, 5)).toEqual({ kind: 'zoom', factor: 2 });
    expect(keyAction('=', 0, 5)).toEqual({ kind: 'zoom', factor: 2 });
    expect(keyAction('-', 0, 5)).toEqual({ kind: 'zoom', factor: 0.5 });
    expect(keyAction('Tab', 0, 5)).toBeUndefined();
    expect(keyAction('a', 0, 5)).toBeUndefined();
  });
});
