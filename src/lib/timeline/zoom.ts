// Moving the timeline's view: zooming about a point, panning and centring an event, always kept inside the chart.
import { ERA_DEFAULTS } from './eras.ts';
import type { View } from './scene.ts';

/** The closest zoom: one day then spans a few pixels even on the narrowest variant. */
export const MAX_ZOOM = 64;

/** Keep a pan inside the content: the zoomed chart always covers the margins-to-margins span. */
export function clampView(view: View, width: number, margin = ERA_DEFAULTS.margin): View {
  const k = Math.min(Math.max(view.k, 1), MAX_ZOOM);
  const min = (width - margin) * (1 - k);
  const max = margin * (1 - k);
  return { k, tx: Math.min(max, Math.max(min, view.tx)) };
}

/** Zoom by `factor` keeping the chart point under `cx` (px in the drawing) where it is. */
export function zoomAbout(view: View, factor: number, cx: number, width: number): View {
  const k = Math.min(MAX_ZOOM, Math.max(1, view.k * factor));
  return clampView({ k, tx: cx - (cx - view.tx) * (k / view.k) }, width);
}

/** Pan by `dx` px of the drawing. */
export function panBy(view: View, dx: number, width: number): View {
  return clampView({ k: view.k, tx: view.tx + dx }, width);
}

/** The view at zoom `k` that puts the unzoomed position `x` in the middle (or as near as the edges allow). */
export function centredOn(x: number, k: number, width: number): View {
  return clampView({ k, tx: width / 2 - x * k }, width);
}
