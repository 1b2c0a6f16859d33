// The home page's small overview map: countries, lakes, the old oblast outline, a few named places and each side's
// account of the capture site. Lines are thinned to the drawing's pixels, so it costs a few KB, not the 30 KB of the
// full overview on /map/.
import { geoPath, geoTransform, type GeoStream } from 'd3-geo';
import type { Geometry } from 'geojson';
import type { Camera } from './camera.ts';
import type { Basemap } from './geodata.ts';
import { placeLabels, type LabelCandidate, type PlacedLabel } from './labels.ts';
import { framedProjection } from './projection.ts';
import { countryClass, pathCollector, type SvgPath } from './svg.ts';

/** A place to mark: a dot with its label beside it, a name over an area (no dot), or a label beside an area. */
export interface LocatorMark {
  id: string;
  text: string;
  lon: number;
  lat: number;
  /** dot: a town or city; name: centred over a region, no dot; beside: next to an area drawn there, no dot. */
  style: 'dot' | 'name' | 'beside';
  priority: number;
}

/** An area drawn with its own CSS class, such as one side's account of where something happened. */
export interface LocatorArea {
  geometry: Geometry;
  className: string;
}

export interface LocatorMap {
  width: number;
  height: number;
  paths: SvgPath[];
  dots: Array<{ x: number; y: number }>;
  labels: PlacedLabel[];
}

/** A stream that drops each point closer than `tolerance` px to the last one kept on its line. */
export function thinStream(tolerance: number) {
  let lastX = NaN;
  let lastY = NaN;
  return geoTransform({
    lineStart(this: { stream: GeoStream }) {
      lastX = NaN;
      lastY = NaN;
      this.stream.lineStart();
    },
    point(this: { stream: GeoStream }, x: number, y: number) {
      if (Math.hypot(x - lastX, y - lastY) < tolerance) return;
      lastX = x;
      lastY = y;
      this.stream.point(x, y);
    },
  });
}

/** Draw the overview: basemap outlines thinned to `tolerance` px, the areas, the marks and their labels. */
export function drawLocator(opts: {
  basemap: Basemap;
  camera: Camera;
  width: number;
  height: number;
  marks: LocatorMark[];
  areas: LocatorArea[];
  tolerance?: number;
}): LocatorMap {
  const { basemap, camera, width, height } = opts;
  const projection = framedProjection(camera, width, height);
  const thin = thinStream(opts.tolerance ?? 1.5);
  const { paths, draw } = pathCollector(geoPath({ stream: (s: GeoStream) => projection.stream(thin.stream(s)) }).digits(0));
  const layer = (name: string) => basemap.features.filter((f) => f.properties.layer === name);
  for (const f of layer('country')) draw(f.geometry, countryClass(f.properties.country));
  for (const f of layer('lake')) draw(f.geometry, 'm-lake');
  for (const f of layer('nkao-1991')) draw(f.geometry, 'm-nkao');
  for (const area of opts.areas) draw(area.geometry, area.className);

  const dots: LocatorMap['dots'] = [];
  const candidates: LabelCandidate[] = [];
  for (const mark of opts.marks) {
    const xy = projection([mark.lon, mark.lat]);
    if (!xy || xy[0] < 0 || xy[0] > width || xy[1] < 0 || xy[1] > height) continue;
    if (mark.style === 'dot') dots.push({ x: xy[0], y: xy[1] });
    candidates.push({ id: mark.id, text: mark.text, x: xy[0], y: xy[1], priority: mark.priority, centred: mark.style === 'name' });
  }
  const markers = dots.map(({ x, y }): [number, number, number, number] => [x - 4, y - 4, x + 4, y + 4]);
  return { width, height, paths, dots, labels: placeLabels(candidates, width, height, { markers }) };
}
