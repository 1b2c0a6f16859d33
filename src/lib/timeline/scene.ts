import type { Era } from './eras.ts';
import { ERA_DEFAULTS, positionOf } from './eras.ts';
import { placeLabels, type PlacedLabel } from './labels.ts';
import { stackMarks } from './stacks.ts';
import { textWidth, truncate } from './text.ts';
import { SHORT_MONTHS, TICK_FONT, timeTicks, type Tick } from './ticks.ts';

/** What the chart needs to know about one event. */
export interface SceneEvent {
  id: string;
  /** UTC ms of the first day the date covers. */
  t: number;
  title: string;
  /** Context from another chapter: drawn faint, labelled last. */
  faint: boolean;
}

/** Zoom factor and horizontal pan (px): x = base x × k + tx. */
export interface View {
  k: number;
  tx: number;
}

/** Vertical geometry, shared by the build and the browser. */
export const GEOMETRY = { top: 6, laneHeight: 18, lanes: 3, markStep: 24, maxStack: 4, labelMaxWidth: 210 } as const;

/** y of the axis line. */
export const AXIS_Y = GEOMETRY.top + GEOMETRY.lanes * GEOMETRY.laneHeight + 8 + GEOMETRY.maxStack * GEOMETRY.markStep;
/** Height of the SVG. */
export const SCENE_HEIGHT = AXIS_Y + 46;

/** A drawn event mark. */
export interface SceneMark {
  id: string;
  x: number;
  y: number;
}

/** A "+N" count standing for merged events; `ids` are the events it stands for. */
export interface SceneCount {
  x: number;
  y: number;
  ids: string[];
}

/** An era band on screen: zoomed edges, label and where the label sits (undefined when it does not fit). */
export interface SceneEra {
  x0: number;
  x1: number;
  kind: Era['kind'];
  label: string;
  labelX?: number;
}

/** Everything drawn for one width, view and set of visible events. */
export interface Scene {
  width: number;
  marks: SceneMark[];
  counts: SceneCount[];
  labels: Array<PlacedLabel & { y: number; leaderTop: number; leaderBottom: number }>;
  ticks: Tick[];
  eras: SceneEra[];
  /** x of each break between eras. */
  breaks: number[];
}

const monthYear = (t: number) => `${SHORT_MONTHS[new Date(t).getUTCMonth()]} ${new Date(t).getUTCFullYear()}`;

/** An era's label from the events it holds: "1988–2016" for context, "Jul 2020 – Aug 2021" for dense eras. */
export function eraLabel(era: Era, times: number[]): string {
  const inside = times.filter((t) => t >= era.t0 && t < era.t1);
  const first = Math.min(...inside);
  const last = Math.max(...inside);
  const year = (t: number) => new Date(t).getUTCFullYear();
  if (era.kind === 'context') return year(first) === year(last) ? String(year(first)) : `${year(first)}–${year(last)}`;
  return monthYear(first) === monthYear(last) ? monthYear(first) : `${monthYear(first)} – ${monthYear(last)}`;
}

/**
 * The chart as a pure function of (events, eras, width, view): stacked marks with merged counts, collision-free
 * labels, UTC ticks per era and era bands. `events` are the visible ones, sorted by time; `allTimes` every event's
 * time (era labels do not change when a filter hides events).
 */
export function buildScene(events: SceneEvent[], eras: Era[], allTimes: number[], width: number, view: View): Scene {
  const { k, tx } = view;
  const margin = ERA_DEFAULTS.margin;
  const left = margin - 6;
  const right = width - margin + 6;
  // Rounded to 0.1 px: invisible on screen, and it keeps the SVG in the HTML small.
  const zx = (x: number) => Math.round((x * k + tx) * 10) / 10;
  const g = GEOMETRY;

  const points = events.map((e) => ({ id: e.id, x: zx(positionOf(e.t, eras)) }));
  const stacks = stackMarks(points, g.markStep, g.maxStack).filter((s) => s.x >= left && s.x <= right);
  const slotY = (i: number) => AXIS_Y - 14 - i * g.markStep;
  const marks = stacks.flatMap((s) => s.shown.map((id, i) => ({ id, x: s.x, y: slotY(i) })));
  const counts = stacks.filter((s) => s.merged > 0).map((s) => ({ x: s.x, y: slotY(s.shown.length), ids: s.ids.slice(s.shown.length) }));

  const byId = new Map(events.map((e) => [e.id, e]));
  const ranked = [...stacks].sort((a, b) => Number(byId.get(a.ids[0])!.faint) - Number(byId.get(b.ids[0])!.faint) || b.ids.length - a.ids.length || a.x - b.x);
  const placed = placeLabels(
    ranked.map((s) => ({ id: s.ids[0], x: s.x, text: byId.get(s.ids[0])!.title })),
    g.lanes,
    left,
    right,
    g.labelMaxWidth,
  );
  const stackTop = new Map(stacks.map((s) => [s.ids[0], slotY(s.shown.length + (s.merged ? 1 : 0) - 1) - 9]));
  const labels = placed.map((p) => {
    const y = g.top + (g.lanes - p.lane) * g.laneHeight - 5;
    return { ...p, y, leaderTop: y + 4, leaderBottom: stackTop.get(p.id)! };
  });

  const ticks = eras.flatMap((era) => {
    const x0 = zx(era.x0);
    const x1 = zx(era.x1);
    if (x1 < left || x0 > right) return [];
    const toX = (t: number) => zx(positionOf(t, [era]));
    return timeTicks(era.t0, era.t1, x1 - x0, toX, Math.max(left, x0 - 8), Math.min(right, x1 + 8));
  });

  const sceneEras = eras.map((era) => {
    const x0 = zx(era.x0);
    const x1 = zx(era.x1);
    const label = eraLabel(era, allTimes);
    const visible0 = Math.max(x0, left);
    const visible1 = Math.min(x1, right);
    const room = visible1 - visible0;
    const text = room > 0 ? truncate(label, room, TICK_FONT) : '';
    const fits = room > 0 && !text.endsWith('…') && textWidth(text, TICK_FONT) <= room;
    return { x0, x1, kind: era.kind, label, labelX: fits ? (visible0 + visible1) / 2 : undefined };
  });
  const breaks = eras
    .slice(1)
    .map((era, i) => (zx(eras[i].x1) + zx(era.x0)) / 2)
    .filter((x) => x >= left && x <= right);

  return { width, marks, counts, labels, ticks, eras: sceneEras, breaks };
}
