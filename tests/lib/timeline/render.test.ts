// The timeline chart drawn from a fixture scene: what the build writes and the browser redraws with.
import { describe, expect, it } from 'vitest';
import { findEras } from '../../../src/lib/timeline/eras.ts';
import { markMeta } from '../../../src/lib/timeline/meta.ts';
import { chartLayers, chartSvg, moreLabel } from '../../../src/lib/timeline/render.ts';
import { buildScene } from '../../../src/lib/timeline/scene.ts';
import { eventTime } from '../../../src/lib/timeline/time.ts';

const events = [
  { id: 'a', date: '2020-09-27', title: 'War begins', category: 'military', confidence: 'confirmed', faint: false },
  { id: 'b', date: '2020-09-28', title: 'Second day & <more>', category: 'military', confidence: 'disputed', faint: false },
  { id: 'c', date: '2020-09-28', title: 'Talks', category: 'diplomatic', confidence: 'confirmed', faint: false },
  { id: 'd', date: '2020-10-15', title: 'Appeal', category: 'political', confidence: 'confirmed', faint: true },
  { id: 'e', date: '2020-09-28', title: 'Shelling', category: 'humanitarian', confidence: 'confirmed', faint: false },
  { id: 'f', date: '2020-09-28', title: 'Court', category: 'legal', confidence: 'confirmed', faint: false },
  { id: 'g', date: '2020-11-10', title: 'Ceasefire', category: 'diplomatic', confidence: 'confirmed', faint: false },
] as const;
const times = events.map((e) => eventTime(e.date));
const meta = new Map<string, ReturnType<typeof markMeta>>(events.map((e) => [e.id, markMeta(e, e.faint, 1)]));
const lookup = (id: string) => meta.get(id)!;
const scene = (width: number) =>
  buildScene(
    events.map((e, i) => ({ id: e.id, t: times[i], title: e.title, faint: e.faint })),
    findEras(times, width),
    times,
    width,
    { k: 1, tx: 0 },
  );

describe('the timeline renderer', () => {
  it('draws the same chart for the same scene (snapshot of a fixture)', () => {
    const width = 400;
    expect(chartSvg(scene(width), findEras(times, width), lookup, { id: 't-400', title: 'Fixture timeline', description: 'Seven events.' })).toMatchSnapshot();
  });

  it('gives every event a mark or a place in a "+N" badge, and every badge its date range', () => {
    const s = scene(320);
    const layers = chartLayers(s, lookup);
    const drawn = [...layers.marks.matchAll(/class="tl-ev[^"]*" data-id="([^"]+)"/g)].map((m) => m[1]);
    const merged = s.counts.flatMap((c) => c.ids);
    expect([...drawn, ...merged].sort()).toEqual(events.map((e) => e.id).sort());
    for (const count of s.counts) expect(layers.marks).toContain(`aria-label="${moreLabel(count.ids, lookup)}"`);
    expect(moreLabel(['a', 'g'], lookup)).toBe('2 more events, 27 September 2020 to 10 November 2020: zoom in or open the list');
  });

  it('escapes titles and marks disputed and faint events by class', () => {
    const layers = chartLayers(scene(800), lookup);
    expect(layers.marks).not.toMatch(/<more>/);
    expect(layers.marks).toMatch(/class="tl-ev tl-cat-military tl-disputed" data-id="b"/);
    expect(layers.marks).toMatch(/class="tl-ev tl-cat-political tl-faint" data-id="d"/);
  });
});
