// The part of the world the story happens in: places and map areas must lie inside it (unless marked otherwise),
// which catches swapped or mistyped coordinates.

/** The South Caucasus, with a margin: latitudes and longitudes in degrees. */
export const REGION_BOUNDS = { lat: [36, 44], lon: [42, 52] } as const;

/** Whether a point is inside the region. */
export function inRegion(lat: number, lon: number): boolean {
  return lat >= REGION_BOUNDS.lat[0] && lat <= REGION_BOUNDS.lat[1] && lon >= REGION_BOUNDS.lon[0] && lon <= REGION_BOUNDS.lon[1];
}

/** The bounds in words, for messages: "lat 36–44, lon 42–52". */
export const REGION_WORDS = `lat ${REGION_BOUNDS.lat.join('–')}, lon ${REGION_BOUNDS.lon.join('–')}`;
