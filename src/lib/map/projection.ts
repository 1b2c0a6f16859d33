// The build-time projection: a d3 Web Mercator that shows exactly what MapLibre shows for the same camera, so the
// static SVG and the interactive map agree.
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Camera } from './camera.ts';

/** MapLibre's world width at zoom 0, in pixels. */
const TILE = 512;
/** The Earth's equatorial circumference in metres (Web Mercator sphere). */
const EARTH_CIRCUMFERENCE = 40_075_016.686;

/** A d3 Mercator projection framing `camera` in a width × height pixel box, as MapLibre would. */
export function projectionFor(camera: Camera, width: number, height: number): GeoProjection {
  return geoMercator()
    .scale((TILE * 2 ** camera.zoom) / (2 * Math.PI))
    .center(camera.center)
    .translate([width / 2, height / 2])
    .precision(0.5);
}

/** The projection for a drawing: `projectionFor`, clipped just outside the frame so outlines end at its edges. */
export function framedProjection(camera: Camera, width: number, height: number): GeoProjection {
  return projectionFor(camera, width, height).clipExtent([
    [-2, -2],
    [width + 2, height + 2],
  ]);
}

/** Metres per pixel at a latitude and zoom. */
export const metresPerPixel = (latitude: number, zoom: number) => (EARTH_CIRCUMFERENCE * Math.cos((latitude * Math.PI) / 180)) / (TILE * 2 ** zoom);

const NICE_KM = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500];

/** A scale bar for the camera: the largest round distance (km) that fits in `maxPx`, and its length in pixels. */
export function scaleBar(camera: Camera, maxPx = 120): { km: number; px: number; label: string } {
  const kmPerPx = metresPerPixel(camera.center[1], camera.zoom) / 1000;
  const km = [...NICE_KM].reverse().find((d) => d / kmPerPx <= maxPx) ?? NICE_KM[0];
  return { km, px: Math.round(km / kmPerPx), label: km < 1 ? `${km * 1000} m` : `${km} km` };
}
