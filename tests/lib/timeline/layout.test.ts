import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContentTexts } from '../../../src/lib/content/read.ts';
import { findEras, positionOf } from '../../../src/lib/timeline/eras.ts';
import { labelCollisions, placeLabels } from '../../../src/lib/timeline/labels.ts';
import { buildScene, type SceneEvent } from '../../../src/lib/timeline/scene.ts';
import { clampView } from '../../../src/lib/timeline/zoom.ts';
import { stackMarks } from '../../../src/lib/timeline/stacks.ts';
import { textWidth, truncate } from '../../../src/lib/timeline/text.ts';
import { tickBox, timeTicks } from '../../../src/lib/timeline/ticks.ts';
import { eventTime } from '../../../src/lib/timeline/time.ts';
import { chapterWindow } from '../../../src/lib/timeline/window.ts';

const DAY = 86_400_000;
const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

// The real events, read as the site reads them (dates as ISO text, sorted by date then id).
const texts = readContentTexts();
const realEvents = texts.events
  .map((f) => parse(f.text, { schema: 'failsafe' }) as { id: string; date: string; title: string; chapter: string })
  .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
const sceneEvents: SceneEvent[] = realEvents.map((e) => ({ id: e.id, t: eventTime(e.date), title: e.title, faint: false }));
const times = sceneEvents.map((e) => e.t);

describe('eventTime', () => {
  it('reads a partial date as the first day it covers, in UTC', () => {
    expect(eventTime('2021-05-27')).toBe(utc(2021, 5, 27));
    expect(eventTime('1992-05')).toBe(utc(1992, 5, 1));
    expect(eventTime('1994')).toBe(utc(1994, 1, 1));
  });
});

describe('findEras', () => {
  it('splits the real data into quiet context, the dense 2020–21 core and the aftermath', () => {
    const eras = findEras(times, 1040);
    // Counts change as editors add events; the shape must not: context, the busy core at its own scale, aftermath.
    expect(eras.map((e) => e.kind)).toEqual(['context', 'dense', 'context']);
    expect(new Date(eras[0].t0).toISOString().slice(0, 7)).toBe('1988-01');
    expect(new Date(eras[1].t0).toISOString().slice(0, 7)).toBe('2020-07');
    expect(new Date(eras[2].t1).getUTCFullYear()).toBeGreaterThanOrEqual(2026);
    expect(eras[1].count).toBeGreaterThan(eras[0].count + eras[2].count);
    expect(eras.reduce((n, e) => n + e.count, 0)).toBe(realEvents.length);
  });

  it('gives the dense era most of the width and keeps eras in order, apart and inside the margins', () => {
    for (const width of [288, 320, 768, 1280]) {
      const eras = findEras(times, width);
      expect(eras[1].x1 - eras[1].x0).toBeGreaterThan((width - 100) / 2);
      eras.slice(1).forEach((era, i) => expect(era.x0).toBeGreaterThan(eras[i].x1));
      expect(eras[0].x0).toBeGreaterThanOrEqual(0);
      expect(eras[eras.length - 1].x1).toBeLessThanOrEqual(width);
    }
  });

  it('maps time monotonically onto the piecewise scale', () => {
    const eras = findEras(times, 768);
    const xs = times.map((t) => positionOf(t, eras));
    xs.slice(1).forEach((x, i) => expect(x).toBeGreaterThanOrEqual(xs[i]));
  });

  it('never makes more than three eras, however many quiet gaps split the later events', () => {
    const burst = (y: number, m: number) => Array.from({ length: 8 }, (_, i) => utc(y, m, 1 + i));
    const eras = findEras([utc(1990, 1), ...burst(2020, 10), ...burst(2020, 11), ...burst(2022, 9), ...burst(2024, 5), ...burst(2026, 2)], 320);
    expect(eras.map((e) => [e.kind, e.count])).toEqual([
      ['context', 1],
      ['dense', 16],
      ['context', 24],
    ]);
  });

  it('draws a single busy cluster as one dense era', () => {
    const eras = findEras([utc(2021, 5, 1), utc(2021, 5, 3)], 400);
    expect(eras).toHaveLength(1);
    expect(eras[0].kind).toBe('dense');
  });
});

describe('timeTicks', () => {
  it('places ticks on UTC boundaries with UTC labels', () => {
    const t0 = utc(2020, 7, 1);
    const t1 = utc(2021, 9, 1);
    const ticks = timeTicks(t0, t1, 700, (t) => ((t - t0) / (t1 - t0)) * 700);
    expect(ticks.length).toBeGreaterThan(3);
    for (const tick of ticks) {
      const d = new Date(tick.t);
      expect(d.getUTCHours()).toBe(0);
      expect(d.getUTCDate()).toBe(1);
    }
    expect(ticks.some((t) => t.label === 'Jan 2021')).toBe(true);
  });

  it('falls back to years for decades and to days for a few weeks', () => {
    const years = timeTicks(utc(1988, 1), utc(2017, 1), 300, (t) => ((t - utc(1988, 1)) / (utc(2017, 1) - utc(1988, 1))) * 300);
    expect(years.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    const days = timeTicks(utc(2021, 5, 1), utc(2021, 6, 1), 900, (t) => ((t - utc(2021, 5, 1)) / (31 * DAY)) * 900);
    expect(days[0].label).toBe('1 May 2021');
    expect(days[1].label).toMatch(/^\d+ May$/);
  });

  it('never lets two tick labels overlap or leave the given bounds', () => {
    const ticks = timeTicks(utc(2020, 1), utc(2022, 1), 200, (t) => ((t - utc(2020, 1)) / (utc(2022, 1) - utc(2020, 1))) * 200, 0, 200);
    const boxes = ticks.map(tickBox);
    boxes.slice(1).forEach((b, i) => expect(b[0]).toBeGreaterThan(boxes[i][1]));
    boxes.forEach(([a, b]) => expect(a >= 0 && b <= 200).toBe(true));
  });
});

describe('stackMarks', () => {
  const points = [0, 5, 10, 15, 20, 30, 100].map((x, i) => ({ id: `e${i}`, x }));

  it('groups points closer than the gap into one column', () => {
    expect(stackMarks(points, 24, 10).map((s) => s.ids.length)).toEqual([5, 1, 1]);
  });

  it('merges what does not fit into a visible count, and never loses an event', () => {
    const stacks = stackMarks(points, 24, 3);
    expect(stacks[0]).toMatchObject({ shown: ['e0', 'e1'], merged: 3 });
    const total = stacks.reduce((n, s) => n + s.shown.length + s.merged, 0);
    expect(total).toBe(points.length);
  });

  it('keeps columns at least the gap apart (24 px targets)', () => {
    const xs = stackMarks(points, 24, 3).map((s) => s.x);
    xs.slice(1).forEach((x, i) => expect(x - xs[i]).toBeGreaterThanOrEqual(24));
  });
});

describe('placeLabels', () => {
  it('moves a clashing label to the next lane, and drops it when every lane is taken', () => {
    const text = 'A label of some length';
    const placed = placeLabels(
      [3, 2, 1, 0].map((i) => ({ id: `l${i}`, x: 20 + i * 30, text })),
      3,
      0,
      1000,
      300,
    );
    expect(placed.map((p) => [p.id, p.lane])).toEqual([
      ['l3', 0],
      ['l2', 1],
      ['l1', 2],
    ]);
  });

  it('truncates long titles with an ellipsis at a word boundary', () => {
    expect(truncate('Six Armenian soldiers detained on the border', 120, 12)).toMatch(/^Six Armenian…$|^Six Armenian soldiers…$/);
    expect(textWidth(truncate('Six Armenian soldiers detained on the border', 120, 12), 12)).toBeLessThanOrEqual(120);
  });
});

describe('the scene on the real data', () => {
  it.each([320, 768, 1280])('at %i px: no overlapping labels, every event drawn or counted', (width) => {
    for (const k of [1, 2, 8]) {
      const eras = findEras(times, width);
      const view = clampView({ k, tx: width / 2 - positionOf(utc(2021, 5, 27), eras) * k }, width);
      const scene = buildScene(sceneEvents, eras, times, width, view);
      expect(labelCollisions(scene.labels)).toEqual([]);
      for (const l of scene.labels) {
        expect(l.x0).toBeGreaterThanOrEqual(0);
        expect(l.x1).toBeLessThanOrEqual(width);
      }
      const ticks = scene.ticks.map(tickBox).sort((a, b) => a[0] - b[0]);
      ticks.slice(1).forEach((b, i) => expect(b[0]).toBeGreaterThan(ticks[i][1]));
      const eraLabels = scene.eras.filter((e) => e.labelX !== undefined);
      for (const e of eraLabels) {
        const half = textWidth(e.label, 11) / 2;
        expect(e.labelX! - half).toBeGreaterThanOrEqual(Math.max(e.x0, 0) - 6);
        expect(e.labelX! + half).toBeLessThanOrEqual(Math.min(e.x1, width) + 6);
      }
      if (k === 1) {
        const drawn = scene.marks.length + scene.counts.reduce((n, c) => n + c.ids.length, 0);
        expect(drawn).toBe(realEvents.length);
      }
    }
  });

  it('draws the capture as its own mark once zoomed in on it', () => {
    const width = 768;
    const eras = findEras(times, width);
    const x = positionOf(utc(2021, 5, 27), eras);
    const scene = buildScene(sceneEvents, eras, times, width, clampView({ k: 16, tx: width / 2 - x * 16 }, width));
    expect(scene.marks.map((m) => m.id)).toContain('2021-05-27-six-soldiers-captured');
  });

  it('clamps a pan so the chart always covers its width', () => {
    expect(clampView({ k: 1, tx: 50 }, 500)).toEqual({ k: 1, tx: 0 });
    expect(clampView({ k: 2, tx: 999 }, 500).tx).toBeLessThanOrEqual(0);
    expect(clampView({ k: 0.2, tx: 0 }, 500).k).toBe(1);
  });
});

describe('chapterWindow', () => {
  const e = (id: string, date: string, chapter: string) => ({ id, date, chapter }) as Parameters<typeof chapterWindow>[0][number];
  it('keeps the chapter’s own events and other chapters’ events inside its period, faint', () => {
    const events = [e('a', '2020-10-01', 'war'), e('b', '2021-03-01', 'elections'), e('c', '2021-07-01', 'elections'), e('d', '2025-01-01', 'ceasefire')];
    const window = chapterWindow(events, { slug: 'ceasefire', period: { start: '2020-11-09', end: '2021-05-11' } });
    expect(window.map((w) => [w.event.id, w.faint])).toEqual([
      ['b', true],
      ['d', false],
    ]);
  });
});
