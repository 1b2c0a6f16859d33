// The home page's small timeline: one band per chapter over the year the story turns on, so a reader sees at a
// glance how the four chapters sit in time. Pure layout: the component only writes these numbers out as SVG.
import { textWidth } from './text.ts';
import { timeTicks, type Tick } from './ticks.ts';
import { eventTime } from './time.ts';

/** What the strip needs of a chapter. */
export interface StripChapter {
  slug: string;
  title: string;
  order: number;
  period: { start: string; end: string };
}

/** One chapter's band: where it starts and ends (px), the top of its row, its label, and whether it began before the window. */
export interface StripBand {
  slug: string;
  label: string;
  x0: number;
  x1: number;
  y: number;
  /** The chapter's period begins before the strip does (the war chapter's background from 1988). */
  clipped: boolean;
  /** The year the chapter's period begins, shown at the left edge when clipped. */
  startYear: number;
  labelX: number;
  labelAnchor: 'start' | 'end';
}

export interface StoryStrip {
  width: number;
  height: number;
  bands: StripBand[];
  ticks: Tick[];
  /** The day the site is about, drawn as a line across every band. */
  marker: { x: number; label: string; labelAnchor: 'start' | 'end' };
  axisY: number;
}

/** The window the strip shows, and the day it marks. */
export const STRIP_WINDOW = { start: '2020-09-01', end: '2021-08-31', marker: '2021-05-27', markerLabel: '27 May 2021' } as const;

/** Row height, band height, label size (px) and the space kept at each side. */
export const STRIP_GEOMETRY = { row: 26, band: 14, font: 12, margin: 8, top: 20 } as const;

/**
 * Lay out the strip `width` px wide: chapters in reading order, one row each, their periods clipped to the window;
 * each label sits inside its band when it fits, else beside it on the side with more room.
 */
export function storyStrip(chapters: StripChapter[], width: number): StoryStrip {
  const { row, font, margin, top } = STRIP_GEOMETRY;
  const t0 = eventTime(STRIP_WINDOW.start);
  const t1 = eventTime(STRIP_WINDOW.end);
  const toX = (t: number) => margin + ((Math.min(Math.max(t, t0), t1) - t0) / (t1 - t0)) * (width - 2 * margin);
  const bands = [...chapters]
    .sort((a, b) => a.order - b.order)
    .map((c, i): StripBand => {
      const start = eventTime(c.period.start);
      const x0 = toX(start);
      const x1 = Math.max(toX(eventTime(c.period.end)), x0 + 2);
      const label = start < t0 ? `${c.order} ${c.title}, from ${c.period.start.slice(0, 4)}` : `${c.order} ${c.title}`;
      const w = textWidth(label, font) + 8;
      const inside = x1 - x0 >= w;
      const roomRight = width - margin - x1;
      const right = inside || roomRight >= w || roomRight >= x0 - margin;
      return {
        slug: c.slug,
        label,
        x0,
        x1,
        y: top + i * row,
        clipped: start < t0,
        startYear: Number(c.period.start.slice(0, 4)),
        labelX: inside ? x0 + 4 : right ? x1 + 4 : x0 - 4,
        labelAnchor: inside || right ? 'start' : 'end',
      };
    });
  const axisY = top + chapters.length * row + 2;
  const markerX = toX(eventTime(STRIP_WINDOW.marker));
  const markerRoomRight = width - margin - markerX >= textWidth(STRIP_WINDOW.markerLabel, font) + 4;
  return {
    width,
    height: axisY + 22,
    bands,
    ticks: timeTicks(t0, t1, width - 2 * margin, toX, 0, width),
    marker: { x: markerX, label: STRIP_WINDOW.markerLabel, labelAnchor: markerRoomRight ? 'start' : 'end' },
    axisY,
  };
}
