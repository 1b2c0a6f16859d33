import { describe, expect, it } from 'vitest';
import { chapterKicker, chapterNumber } from '../../src/lib/chapter-label.ts';

const all = [
  { kind: 'chapter' as const, order: 1 },
  { kind: 'chapter' as const, order: 2 },
  { kind: 'chapter' as const, order: 4 },
  { kind: 'afterword' as const, order: 5 },
];

describe('chapter labels', () => {
  it('numbers chapters among chapters only, so the afterword does not make "of 5"', () => {
    expect(chapterKicker(all[0], all)).toBe('Chapter 1 of 3');
    expect(chapterKicker(all[2], all)).toBe('Chapter 3 of 3');
    expect(chapterNumber(all[2], all)).toBe(3);
  });
  it('calls the afterword by its name and gives it no number', () => {
    expect(chapterKicker(all[3], all)).toBe('Afterword');
    expect(chapterNumber(all[3], all)).toBeUndefined();
  });
});
