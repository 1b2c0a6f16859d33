import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContentTexts } from '../../src/lib/content/read.ts';
import { splitFrontmatter } from '../../src/lib/content/yaml-source.ts';
import { findComponentUsages } from '../../src/lib/mdx/usages.ts';
import { readableWords } from '../../src/lib/reading-time.ts';

const content = readContentTexts();
const chapters = content.chapters.map((file) => {
  const split = splitFrontmatter(file.text)!;
  return { path: file.path, data: parse(split.yaml), body: split.body };
});

// The editorial standards of the content issue, checked on the real chapters.
describe.each(chapters.map((c) => [c.path, c] as const))('%s', (_path, chapter) => {
  const usages = findComponentUsages(chapter.body);
  // The afterword is a summary of five years, so it is held shorter than a chapter.
  const most = chapter.data.kind === 'afterword' ? 2500 : 3000;
  it(`is 1,500–${most.toLocaleString('en')} words long`, () => {
    expect(readableWords(chapter.body)).toBeGreaterThanOrEqual(1500);
    expect(readableWords(chapter.body)).toBeLessThanOrEqual(most);
  });
  it('opens with a paragraph, then a key facts box', () => {
    expect(chapter.body.trimStart()).toMatch(/^[A-Z]/);
    expect(usages.some((u) => u.name === 'KeyFacts')).toBe(true);
  });
  it('has citations, key terms and questions for teachers', () => {
    expect(usages.filter((u) => u.name === 'Cite').length).toBeGreaterThanOrEqual(10);
    expect(chapter.data.keyTerms.length).toBeGreaterThan(0);
    expect(chapter.data.questions.length).toBeGreaterThanOrEqual(3);
  });
  it('shows contested claims as pairs: every <Claims> has an Armenian and an Azerbaijani account', () => {
    const sides: string[][] = [];
    for (const u of usages) {
      if (u.name === 'Claims') sides.push([]);
      if (u.name === 'Claim') sides.at(-1)!.push(u.attributes.side.value!);
    }
    expect(sides.length).toBeGreaterThan(0);
    for (const group of sides) expect(group.slice(0, 2)).toEqual(['armenia', 'azerbaijan']);
  });
});

describe('the data behind the chapters', () => {
  const count = (file = '') => (file.match(/^- id: /gm) ?? []).length;
  it('has at least 60 events, 24 places and 15 glossary terms', () => {
    expect(content.events.length).toBeGreaterThanOrEqual(60);
    expect(count(content.places?.text)).toBeGreaterThanOrEqual(24);
    expect(count(content.glossary?.text)).toBeGreaterThanOrEqual(15);
  });
  it('gives every disputed event claims from both sides', () => {
    for (const file of content.events) {
      const event = parse(file.text);
      if (event.confidence !== 'disputed') continue;
      const sides = event.claims.map((c: { side: string }) => c.side);
      expect(sides, file.path).toContain('armenia');
      expect(sides, file.path).toContain('azerbaijan');
    }
  });
});
