import { describe, expect, it } from 'vitest';
import { STRIP_GEOMETRY, storyStrip, type StripChapter } from '../../../src/lib/timeline/story-strip.ts';
import { textWidth } from '../../../src/lib/timeline/text.ts';

const chapters: StripChapter[] = [
  { slug: 'elections', title: 'The snap elections', order: 4, period: { start: '2021-02-25', end: '2021-08-02' } },
  { slug: 'capture', title: 'The capture', order: 1, period: { start: '2021-05-01', end: '2021-07-31' } },
  { slug: 'war', title: 'The 2020 war', order: 2, period: { start: '1988-02-20', end: '2020-11-09' } },
  { slug: 'ceasefire', title: 'The ceasefire', order: 3, period: { start: '2020-11-09', end: '2021-05-11' } },
];

describe('storyStrip', () => {
  it.each([320, 680])('at %i px puts the chapters in reading order, one row each, inside the drawing', (width) => {
    const strip = storyStrip(chapters, width);
    expect(strip.bands.map((b) => b.slug)).toEqual(['capture', 'war', 'ceasefire', 'elections']);
    expect(new Set(strip.bands.map((b) => b.y)).size).toBe(4);
    for (const b of strip.bands) {
      expect(b.x0).toBeGreaterThanOrEqual(STRIP_GEOMETRY.margin);
      expect(b.x1).toBeLessThanOrEqual(width - STRIP_GEOMETRY.margin);
      const w = textWidth(b.label, STRIP_GEOMETRY.font);
      const [left, right] = b.labelAnchor === 'start' ? [b.labelX, b.labelX + w] : [b.labelX - w, b.labelX];
      expect(left, b.slug).toBeGreaterThanOrEqual(0);
      expect(right, b.slug).toBeLessThanOrEqual(width);
    }
  });

  it('clips the war chapter at the start of the window and keeps the year its background starts', () => {
    const war = storyStrip(chapters, 680).bands.find((b) => b.slug === 'war')!;
    expect(war.clipped).toBe(true);
    expect(war.startYear).toBe(1988);
    expect(war.x0).toBe(STRIP_GEOMETRY.margin);
  });

  it('places bands by date: the ceasefire begins where the war ends, and the capture sits inside the elections', () => {
    const bands = Object.fromEntries(storyStrip(chapters, 680).bands.map((b) => [b.slug, b]));
    expect(bands.ceasefire.x0).toBeCloseTo(bands.war.x1, 5);
    expect(bands.capture.x0).toBeGreaterThan(bands.elections.x0);
    expect(bands.capture.x1).toBeLessThan(bands.elections.x1);
  });

  it('marks 27 May 2021 between the ceasefire chapter and the end of the capture chapter', () => {
    const strip = storyStrip(chapters, 680);
    const bands = Object.fromEntries(strip.bands.map((b) => [b.slug, b]));
    expect(strip.marker.label).toBe('27 May 2021');
    expect(strip.marker.x).toBeGreaterThan(bands.ceasefire.x1);
    expect(strip.marker.x).toBeLessThan(bands.capture.x1);
  });

  it.each([320, 680])('at %i px labels the axis with UTC months in order, at least one with its year', (width) => {
    const { ticks } = storyStrip(chapters, width);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.some((t) => /^(Jan|Sep) 20(20|21)$/.test(t.label))).toBe(true);
    ticks.slice(1).forEach((t, i) => expect(t.x).toBeGreaterThan(ticks[i].x));
  });
});
