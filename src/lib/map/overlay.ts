// The content layer of the maps, assembled from places, events and areas: one GeoJSON file shared by the
// build-time SVG and the interactive map.
import { geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import type { TimelineEvent } from '../../schemas/event.ts';
import type { MapArea } from '../../schemas/map-area.ts';
import type { Place } from '../../schemas/place.ts';
import type { Basemap } from './geodata.ts';
import { shortLabel } from './labels.ts';
import { periodOf } from './periods.ts';

/** Properties of overlay features; `layer` says which kind each is. */
export type OverlayProperties =
  | { layer: 'place'; id: string; name: string; kind: Place['kind']; local?: string; events: number; periods: string }
  | { layer: 'area'; id: string; title: string; kind: MapArea['kind']; side?: string; date?: string; until?: string }
  | {
      layer: 'area-label';
      id: string;
      title: string;
      short: string;
      kind: MapArea['kind'];
      side?: string;
      date?: string;
      until?: string;
      radiusKm?: number;
      event?: string;
    }
  | { layer: 'event'; id: string; place: string; title: string; date: string; period: string };

export type Overlay = FeatureCollection<Geometry, OverlayProperties>;

const KM_PER_DEGREE = 111.32;

/** A circle of `radiusKm` around a point, as a polygon of `steps` vertices (good enough below ~50 km). */
export function circlePolygon(lon: number, lat: number, radiusKm: number, steps = 48): Polygon {
  const ring: Position[] = [];
  const kx = KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
  for (let i = 0; i <= steps; i++) {
    const a = (2 * Math.PI * (i % steps)) / steps;
    ring.push([round(lon + (radiusKm * Math.cos(a)) / kx), round(lat + (radiusKm * Math.sin(a)) / KM_PER_DEGREE)]);
  }
  // d3 fills the smaller side of a clockwise ring (RFC 7946 asks the opposite; MapLibre accepts either).
  return { type: 'Polygon', coordinates: [ring.reverse()] };
}

/** A strip `widthKm` wide along a path of [lat, lon] points (a simple buffer with mitred joins). */
export function stripPolygon(path: Array<[number, number]>, widthKm: number): Polygon {
  const lat0 = path.reduce((s, p) => s + p[0], 0) / path.length;
  const kx = KM_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
  const pts = path.map(([lat, lon]) => [lon * kx, lat * KM_PER_DEGREE]);
  const half = widthKm / 2;
  const left: number[][] = [];
  const right: number[][] = [];
  pts.forEach((p, i) => {
    const prev = pts[Math.max(0, i - 1)];
    const next = pts[Math.min(pts.length - 1, i + 1)];
    const dx = next[0] - prev[0];
    const dy = next[1] - prev[1];
    const len = Math.hypot(dx, dy) || 1;
    const nx = -dy / len;
    const ny = dx / len;
    left.push([p[0] + nx * half, p[1] + ny * half]);
    right.push([p[0] - nx * half, p[1] - ny * half]);
  });
  // Forward along the left edge, back along the right: clockwise, as d3 needs for the inside.
  const ring = [...left, ...right.reverse(), left[0]].map(([x, y]) => [round(x / kx), round(y / KM_PER_DEGREE)]);
  return { type: 'Polygon', coordinates: [ring] };
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** The geometry of an area: its district's polygon from the basemap, a circle or a strip. */
export function areaGeometry(area: MapArea, basemap: Basemap): Geometry {
  if (area.district) {
    const unit = basemap.features.find((f) => f.properties.layer === 'admin1' && f.properties.id === area.district);
    if (!unit) throw new Error(`areaGeometry: no district "${area.district}" in the basemap`);
    return unit.geometry;
  }
  if (area.path && area.widthKm) return stripPolygon(area.path, area.widthKm);
  if (area.lat !== undefined && area.lon !== undefined && area.radiusKm !== undefined) return circlePolygon(area.lon, area.lat, area.radiusKm);
  throw new Error(`areaGeometry: area "${area.id}" has no shape`);
}

/**
 * Assemble the overlay: a point per place in the region (with how many events happened there and in which
 * periods), a point per event and place, and each area with a label point at its centre.
 */
export function assembleOverlay(places: Place[], events: TimelineEvent[], areas: MapArea[], basemap: Basemap): Overlay {
  const features: Array<Feature<Geometry, OverlayProperties>> = [];
  const inRegion = places.filter((p) => !p.outsideRegion);
  const byId = new Map(inRegion.map((p) => [p.id, p]));
  for (const area of areas) {
    const geometry = areaGeometry(area, basemap);
    const common = {
      id: area.id,
      title: area.title,
      kind: area.kind,
      ...(area.side ? { side: area.side } : {}),
      ...(area.date ? { date: area.date } : {}),
      ...(area.until ? { until: area.until } : {}),
    };
    features.push({ type: 'Feature', geometry, properties: { layer: 'area', ...common } });
    const [lon, lat] = geoCentroid({ type: 'Feature', geometry, properties: {} });
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round(lon), round(lat)] },
      properties: {
        layer: 'area-label',
        ...common,
        short: shortLabel(area.title),
        ...(area.radiusKm ? { radiusKm: area.radiusKm } : {}),
        ...(area.event ? { event: area.event } : {}),
      },
    });
  }
  for (const event of events) {
    for (const placeId of event.places) {
      const place = byId.get(placeId);
      if (!place) continue;
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
        properties: { layer: 'event', id: event.id, place: placeId, title: event.title, date: event.date, period: periodOf(event.date) },
      });
    }
  }
  for (const place of inRegion) {
    const own = events.filter((e) => e.places.includes(place.id));
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: {
        layer: 'place',
        id: place.id,
        name: place.name,
        kind: place.kind,
        ...(place.hy || place.az ? { local: place.hy ?? place.az } : {}),
        events: own.length,
        periods: [...new Set(own.map((e) => periodOf(e.date)))].join(' '),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
