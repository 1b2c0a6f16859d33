// The build-time drawing of a map view: SVG path data, points and placed labels, computed from the same basemap,
// overlay and camera as the interactive map. The component only writes these out as elements.
import { geoPath } from 'd3-geo';
import type { Geometry } from 'geojson';
import { NOMINAL_WIDTH, type Camera } from './camera.ts';
import type { Basemap } from './geodata.ts';
import { CENTRED_LABEL_KINDS, HELD_1994_PERIODS, periodsShowing } from './filters.ts';
import { FULL_LABEL_ZOOM, placeLabels, shortLabel, type Box, type LabelCandidate, type PlacedLabel } from './labels.ts';
import type { Overlay } from './overlay.ts';
import { framedProjection, scaleBar } from './projection.ts';

/** One SVG path with the CSS class that styles it. */
export interface SvgPath {
  d: string;
  className: string;
  /** Dated drawings: the periods of the /map/ filter in which it shows (space-separated period ids). */
  periods?: string;
}

/** Everything the SVG of one view contains. */
export interface SvgMap {
  width: number;
  height: number;
  paths: SvgPath[];
  /** Points; an event carries its period, for the /map/ filter. */
  points: Array<{ x: number; y: number; className: string; period?: string }>;
  labels: PlacedLabel[];
  /** The scale bar: its length and text, and where its bar starts (left end, baseline). */
  scale: { px: number; label: string; x: number; y: number };
}

/** Where the scale bar sits: px from the left edge, and px from the bottom edge to its bar. */
const SCALE_X = 16;
const SCALE_BOTTOM = 20;

/** Collect SVG paths drawn with `path`, skipping geometry that falls outside the frame. */
export function pathCollector(path: (geometry: Geometry) => string | null) {
  const paths: SvgPath[] = [];
  const draw = (geometry: Geometry, className: string, periods?: string[]) => {
    const d = path(geometry);
    if (d) paths.push({ d, className, ...(periods ? { periods: periods.join(' ') } : {}) });
  };
  return { paths, draw };
}

/** The two countries of the story are land; their neighbours are drawn paler. */
export const countryClass = (iso: string | undefined) => (['ARM', 'AZE'].includes(iso ?? '') ? 'm-land' : 'm-neighbour');

const PLACE_PRIORITY: Record<string, number> = {
  capital: 0,
  region: 1,
  province: 2,
  city: 2,
  district: 3,
  town: 3,
  lake: 4,
  corridor: 4,
  village: 5,
  mountain: 5,
  'border-area': 5,
};

/**
 * Draw a view: land, water, borders and dated areas clipped to the frame, places and events as points, labels
 * without overlaps (highlighted areas and the focus place first), and a scale bar.
 */
export function drawMap(opts: {
  basemap: Basemap;
  overlay: Overlay;
  camera: Camera;
  width: number;
  height: number;
  focus?: string;
  highlight?: string[];
  hiddenTowns?: string[];
}): SvgMap {
  const { basemap, overlay, camera, width, height } = opts;
  const highlight = new Set(opts.highlight ?? []);
  const projection = framedProjection(camera, width, height);
  const { paths, draw } = pathCollector(geoPath(projection).digits(1));
  const base = (layer: string) => basemap.features.filter((f) => f.properties.layer === layer);
  for (const f of base('country')) draw(f.geometry, countryClass(f.properties.country));
  for (const f of base('karabakh-1994')) draw(f.geometry, 'm-hatch', HELD_1994_PERIODS);
  for (const f of base('lake')) draw(f.geometry, 'm-lake');
  for (const f of base('river')) draw(f.geometry, 'm-river');
  for (const f of base('admin1')) draw(f.geometry, 'm-admin');
  const areas = overlay.features.filter((f) => f.properties.layer === 'area');
  const shownIn = (f: (typeof areas)[number]) =>
    f.properties.layer === 'area' ? periodsShowing(f.properties.date, f.properties.until) : periodsShowing(undefined);
  for (const f of areas) if (f.properties.layer === 'area' && f.properties.kind !== 'claim') draw(f.geometry, `m-${f.properties.kind}`, shownIn(f));
  for (const f of base('nkao-1991')) draw(f.geometry, 'm-nkao');
  for (const f of base('country')) draw(f.geometry, 'm-border');
  for (const f of areas) {
    if (f.properties.layer !== 'area') continue;
    if (f.properties.kind === 'claim') draw(f.geometry, `m-claim m-claim-${f.properties.side === 'armenia' ? 'armenia' : 'other'}`, shownIn(f));
    // An outlined claim keeps its own dash (dashed Armenian, dotted Azerbaijani), so the two accounts stay
    // distinguishable without colour when both are highlighted.
    const dash = f.properties.kind === 'claim' ? ` m-claim-${f.properties.side === 'armenia' ? 'armenia' : 'other'}` : '';
    if (highlight.has(f.properties.id)) draw(f.geometry, `m-highlight${dash}`, shownIn(f));
  }

  // What is labelled depends on how much ground the map shows, so a narrower drawing of the same extent (a lower
  // zoom) labels the same kinds of things: thresholds use the zoom this extent has at the nominal width.
  const extentZoom = camera.zoom - Math.log2(width / NOMINAL_WIDTH);
  const inFrame = ([x, y]: [number, number]) => x >= 0 && x <= width && y >= 0 && y <= height;
  const points: SvgMap['points'] = [];
  const candidates: LabelCandidate[] = [];
  for (const f of overlay.features) {
    if (f.geometry.type !== 'Point') continue;
    const xy = projection(f.geometry.coordinates as [number, number]);
    if (!xy || !inFrame(xy)) continue;
    const [x, y] = xy;
    const p = f.properties;
    if (p.layer === 'event') points.push({ x, y, className: 'm-event', period: p.period });
    if (p.layer === 'place') {
      points.push({ x, y, className: 'm-place' });
      candidates.push({ id: p.id, text: p.name, x, y, priority: p.id === opts.focus ? -10 : (PLACE_PRIORITY[p.kind] ?? 5) });
    }
    if (p.layer === 'area-label' && (p.kind !== 'claim' || highlight.has(p.id) || highlight.size === 0)) {
      // Each side's account is the point of a claim area, so its label outranks every place name.
      const priority = highlight.has(p.id) ? -20 : p.kind === 'claim' ? -5 : 1.5;
      const text = extentZoom < FULL_LABEL_ZOOM ? shortLabel(p.title) : p.title;
      candidates.push({ id: p.id, text, x, y, priority, centred: CENTRED_LABEL_KINDS.includes(p.kind), periods: periodsShowing(p.date, p.until).join(' ') });
    }
  }
  leanClaimLabelsApart(candidates, overlay.features);
  const hidden = new Set(opts.hiddenTowns ?? []);
  if (extentZoom >= 7) {
    for (const f of base('town')) {
      if (hidden.has(f.properties.name ?? '') || f.geometry.type !== 'Point') continue;
      const xy = projection(f.geometry.coordinates as [number, number]);
      if (xy && inFrame(xy)) points.push({ x: xy[0], y: xy[1], className: 'm-town' });
      if (xy && inFrame(xy)) candidates.push({ id: `town-${f.properties.name}`, text: f.properties.name ?? '', x: xy[0], y: xy[1], priority: 8 });
    }
  }
  const { px, label } = scaleBar(camera, Math.min(140, width / 4));
  // Labels keep off every place and event marker, not only their own.
  const markers = points.filter((p) => p.className !== 'm-town').map(({ x, y }): Box => [x - 5, y - 5, x + 5, y + 5]);
  const scaleBox: Box = [SCALE_X - 6, height - SCALE_BOTTOM - 18, SCALE_X + px + 6, height - SCALE_BOTTOM + 10];
  return {
    width,
    height,
    paths,
    points,
    labels: placeLabels(candidates, width, height, { reserved: [scaleBox], markers }),
    scale: { px, label, x: SCALE_X, y: height - SCALE_BOTTOM },
  };
}

/** Each claim label leans away from the other claims of the same event drawn on this map. */
function leanClaimLabelsApart(candidates: LabelCandidate[], features: Overlay['features']) {
  const eventOf = new Map(
    features.flatMap((f) => (f.properties.layer === 'area-label' && f.properties.kind === 'claim' ? [[f.properties.id, f.properties.event ?? '']] : [])),
  );
  const claims = candidates.filter((c) => eventOf.has(c.id));
  for (const c of claims) {
    const others = claims.filter((o) => o !== c && eventOf.get(o.id) === eventOf.get(c.id));
    if (others.length === 0) continue;
    const cx = others.reduce((s, o) => s + o.x, 0) / others.length;
    const cy = others.reduce((s, o) => s + o.y, 0) / others.length;
    c.away = [c.x - cx, c.y - cy];
  }
}

/** Every class name a drawing uses (paths and points; a class list such as "m-claim m-claim-armenia" counts each). */
export function drawnClasses(map: Pick<SvgMap, 'paths' | 'points'>): Set<string> {
  return new Set([...map.paths, ...map.points].flatMap((p) => p.className.split(' ')));
}
