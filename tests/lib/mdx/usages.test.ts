import { describe, expect, it } from 'vitest';
import { findComponentUsages, findHeadings, splitIds } from '../../../src/lib/mdx/usages.ts';

describe('findComponentUsages', () => {
  it('finds components with quoted, braced and bare attributes, with their lines', () => {
    const usages = findComponentUsages('Text\n<Cite ids="a b"/>\n<Place id=\'x\' both />\n<Aside kind={k}>');
    expect(usages).toEqual([
      { name: 'Cite', attributes: { ids: { value: 'a b', expression: false } }, line: 2 },
      { name: 'Place', attributes: { id: { value: 'x', expression: false }, both: { value: null, expression: false } }, line: 3 },
      { name: 'Aside', attributes: { kind: { value: 'k', expression: true } }, line: 4 },
    ]);
  });
  it('skips code blocks, inline code and MDX comments', () => {
    expect(findComponentUsages('```\n<Cite ids="x"/>\n```\n`<Term id="y">` {/* <Nope/> */}')).toEqual([]);
  });
  it('ignores lower-case HTML tags', () => {
    expect(findComponentUsages('<abbr title="x">X</abbr>')).toEqual([]);
  });
});

describe('findHeadings', () => {
  it('reads the stable id marker and keeps line numbers', () => {
    expect(findHeadings('# Title\n\n## Why it matters [#why]\n### Sub')).toEqual([
      { depth: 2, text: 'Why it matters', id: 'why', line: 3 },
      { depth: 3, text: 'Sub', id: undefined, line: 4 },
    ]);
  });
});

describe('splitIds', () => {
  it('accepts spaces or commas between ids', () => {
    expect(splitIds(' a, b  c ')).toEqual(['a', 'b', 'c']);
  });
});
