// Small helpers that act on a MapLibre map. They take any object with the few methods they use, so the tests
// drive them with a fake map that records calls; layer specs and cameras come from the pure modules.
import { cameraForWidth, cameraMove, type Camera } from './camera.ts';
import { layerFilters, type MapFilters } from './filters.ts';
import { HATCH_IMAGE } from './layers.ts';

/** The part of a MapLibre map these helpers use. */
export interface MapLike {
  jumpTo(options: Record<string, unknown>): unknown;
  flyTo(options: Record<string, unknown>): unknown;
  setFilter(layer: string, filter: unknown): unknown;
  hasImage(id: string): boolean;
  addImage(id: string, image: { width: number; height: number; data: Uint8Array }, options?: { pixelRatio?: number }): unknown;
  getContainer(): { clientWidth: number };
}

/** Move to a camera, scaled to the map's width so it frames what the static SVG frames; jump under reduced motion. */
export function moveCamera(map: MapLike, camera: Camera, reducedMotion: boolean): void {
  const scaled = cameraForWidth(camera, map.getContainer().clientWidth);
  const { method, options } = cameraMove(scaled, reducedMotion);
  if (method === 'jumpTo') map.jumpTo(options);
  else map.flyTo(options);
}

/** Show what a view asks for: its outlined areas, and the events and areas of the chosen period. */
export function applyFilters(map: MapLike, filters: MapFilters): void {
  for (const [layer, filter] of Object.entries(layerFilters(filters))) map.setFilter(layer, filter);
}

/** Diagonal hatching, `size` px square, in a colour given as #rrggbb. */
export function hatchPattern(color: string, size = 8): { width: number; height: number; data: Uint8Array } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((x + y) % size === 0 || (x + y + 1) % size === 0) data.set([r, g, b, 255], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/** Add the hatch pattern the 1994–2020 area layer fills with, once. */
export function addHatch(map: MapLike, color: string): void {
  if (!map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchPattern(color), { pixelRatio: 1 });
}
