import { describe, expect, it } from 'vitest';
import { uncitedParagraphs } from '../../../src/lib/content/uncited.ts';

const long = 'Word '.repeat(30).trim();

describe('uncitedParagraphs', () => {
  it('finds a long paragraph without a citation, with its line', () => {
    expect(uncitedParagraphs(`Short intro.\n\n${long}.\n\n${long}. <Cite ids="a"/>`)).toEqual([{ line: 3, start: long.slice(0, 60) }]);
  });
  it('skips boxes, claims, headings and lists, which carry sources their own way', () => {
    const body = `<Aside kind="note">\n${long}\n</Aside>\n\n<Claims>\n\n${long}\n\n</Claims>\n\n## Heading [#h]\n\n- ${long}\n\n1. ${long}`;
    expect(uncitedParagraphs(body)).toEqual([]);
  });
  it('does not count a short transition as stating facts', () => {
    expect(uncitedParagraphs('Hadrut is the clearest case.')).toEqual([]);
  });
});
