import { describe, expect, it } from 'vitest';
import { numberCitations } from '../../src/lib/citations.ts';

describe('numberCitations', () => {
  it('numbers sources by first appearance and reuses a number when cited again', () => {
    const { marks, sources } = numberCitations([['a', 'b'], ['c'], ['a']]);
    expect(marks.map((m) => m.numbers)).toEqual([[1, 2], [3], [1]]);
    expect(sources.map((s) => [s.id, s.number])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });
  it('gives every mark its own anchor id so the source list can link back to each', () => {
    const { marks, sources } = numberCitations([['a'], ['a']]);
    expect(marks.map((m) => m.refIds)).toEqual([['cite-1-1'], ['cite-1-2']]);
    expect(sources[0].refIds).toEqual(['cite-1-1', 'cite-1-2']);
  });
  it('counts a source repeated inside one mark once', () => {
    expect(numberCitations([['a', 'a']]).marks[0].numbers).toEqual([1]);
  });
});
