// Camera positions for the maps: where a place or step is shown, and how the view moves between steps.
import type { Place } from '../../schemas/place.ts';

/** A map view: centre as [longitude, latitude] and a MapLibre zoom level (512-px world at zoom 0). */
export interface Camera {
  center: [number, number];
  zoom: number;
}

/** The widest view a <MapStep zoom> may ask for (the whole region). */
export const MIN_STEP_ZOOM = 5;
/** The closest view a <MapStep zoom> may ask for (a village). */
export const MAX_STEP_ZOOM = 13;

/** How close to show a place when the editor gives no zoom, by its kind. */
export const DEFAULT_ZOOM: Record<Place['kind'], number> = {
  capital: 8,
  city: 8.5,
  town: 9,
  village: 10,
  province: 8,
  district: 8.5,
  region: 7.5,
  lake: 9,
  mountain: 10,
  corridor: 8.5,
  'border-area': 9.5,
};

/** The view of the whole region: Armenia, Azerbaijan and Nakhchivan, for a map 800 px wide. */
export const REGION_CAMERA: Camera = { center: [46.4, 40.1], zoom: 6.5 };

/** The width, in CSS pixels, that build-time views are computed for; other widths scale the zoom. */
export const NOMINAL_WIDTH = 800;

/** The camera for a place, at the editor's zoom or the default for its kind, clamped to the allowed range. */
export function cameraForPlace(place: Pick<Place, 'lat' | 'lon' | 'kind'>, zoom?: number): Camera {
  const z = zoom ?? DEFAULT_ZOOM[place.kind];
  return { center: [place.lon, place.lat], zoom: Math.min(MAX_STEP_ZOOM, Math.max(MIN_STEP_ZOOM, z)) };
}

/** The zoom that shows the same extent on a map `actualWidth` px wide as `camera` shows at the nominal width. */
export function zoomForWidth(camera: Camera, actualWidth: number, nominalWidth = NOMINAL_WIDTH): number {
  if (!(actualWidth > 0)) return camera.zoom;
  return camera.zoom + Math.log2(actualWidth / nominalWidth);
}

/** The same view as `camera`, for a map `width` px wide: the extent is kept, so labels keep their real size. */
export function cameraForWidth(camera: Camera, width: number): Camera {
  return { ...camera, zoom: zoomForWidth(camera, width) };
}

/** How to move to a camera: a jump under reduced motion (no animation), otherwise a short flight. */
export function cameraMove(camera: Camera, reducedMotion: boolean): { method: 'jumpTo' | 'flyTo'; options: Record<string, unknown> } {
  const base = { center: camera.center, zoom: camera.zoom };
  return reducedMotion ? { method: 'jumpTo', options: base } : { method: 'flyTo', options: { ...base, duration: 1400, essential: false } };
}

/** A word for how much a zoom level shows, used in text descriptions of the view. */
export function scaleWord(zoom: number): string {
  if (zoom < 7) return 'the whole region';
  // At 8.5 a 400-px map spans about 100 km: a province or a district, not yet a town's surroundings.
  if (zoom < 9) return 'a province or district';
  if (zoom < 10.5) return 'the area around a town';
  return 'a few kilometres around one spot';
}
