// Everything the maps draw, assembled once per build: the committed basemap and the overlay from content.
import { getCollection } from 'astro:content';
import basemapJson from './geo/basemap.json' with { type: 'json' };
import type { Basemap } from '../lib/map/geodata.ts';
import { assembleOverlay, type Overlay } from '../lib/map/overlay.ts';
import type { MapArea } from '../schemas/map-area.ts';
import type { Place } from '../schemas/place.ts';
import { getEvents, getPlaceMap } from './content.ts';

/** The basemap derived from Natural Earth by npm run geodata (src/data/geo/README.md). */
export const basemap = basemapJson as unknown as Basemap;

export interface MapData {
  basemap: Basemap;
  overlay: Overlay;
  places: Map<string, Place>;
  areas: Map<string, MapArea>;
  /** Basemap town names that places.yaml already labels, so they are not labelled twice. */
  hiddenTowns: string[];
}

let cached: Promise<MapData> | undefined;

/** The map data for this build (computed once, shared by every page). */
export function getMapData(): Promise<MapData> {
  cached ??= (async () => {
    const places = await getPlaceMap();
    const areas = new Map((await getCollection('areas')).map((e) => [e.data.id, e.data as MapArea]));
    const events = await getEvents();
    const overlay = assembleOverlay([...places.values()], events, [...areas.values()], basemap);
    const hiddenTowns = [...places.values()].flatMap((p) => [p.name, p.altName ?? '']).filter(Boolean);
    return { basemap, overlay, places, areas, hiddenTowns };
  })();
  return cached;
}
