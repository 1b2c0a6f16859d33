// The MapLibre style: sources and layers as plain data, built from URLs, fonts and a palette. Pure, so it is unit
// tested and validated against the real style specification in the contract test.
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { REGION_CAMERA } from './camera.ts';
import { FULL_LABEL_ZOOM } from './labels.ts';
import { metresPerPixel } from './projection.ts';
import { AREA_LABEL_LAYERS, INITIAL_FILTERS, layerIs } from './filters.ts';
import type { MapPalette } from './palette.ts';

/** The font stack every label uses; its files are declared in `font-faces` (no glyph server). */
export const LABEL_FONT = 'Noto Sans Regular';

/** Self-hosted font files for labels: Latin (with Azerbaijani letters) and Armenian. */
export interface LabelFonts {
  latin: string;
  latinExt: string;
  armenian: string;
}

/** The id of the hatch pattern image that glue code adds for the 1994–2020 area. */
export const HATCH_IMAGE = 'hatch';

/**
 * How far (in ems of 12 px text) a label sits from the centre of a circle of `radiusKm`, so it clears the circle at
 * every zoom: the radius in pixels doubles with each zoom level (at the latitude of the region's centre).
 */
function circleOffset(): unknown[] {
  const ems = (zoom: number) => ['+', 0.4, ['/', ['*', ['coalesce', ['get', 'radiusKm'], 0], 1000], metresPerPixel(REGION_CAMERA.center[1], zoom) * 12]];
  return ['interpolate', ['exponential', 2], ['zoom'], 5, ems(5), 15, ems(15)];
}

/** Every layer of the map, bottom to top. `hiddenTowns` are basemap town names already shown as places. */
export function mapLayers(p: MapPalette, hiddenTowns: string[] = []): LayerSpecification[] {
  return layerList(p, hiddenTowns) as unknown as LayerSpecification[];
}

function layerList(p: MapPalette, hiddenTowns: string[]): Array<Record<string, unknown> & { id: string; type: string }> {
  const text = { 'text-font': [LABEL_FONT], 'text-size': 12 } as const;
  const halo = { 'text-color': p.ink, 'text-halo-color': p.halo, 'text-halo-width': 1.5 };
  return [
    { id: 'background', type: 'background', paint: { 'background-color': p.paper } },
    {
      id: 'country-fill',
      type: 'fill',
      source: 'basemap',
      filter: layerIs('country'),
      paint: { 'fill-color': ['match', ['get', 'country'], ['ARM', 'AZE'], p.land, p.neighbour] },
    },
    {
      id: 'karabakh-1994',
      type: 'fill',
      source: 'basemap',
      filter: INITIAL_FILTERS['karabakh-1994'],
      paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.6 },
    },
    { id: 'lake', type: 'fill', source: 'basemap', filter: layerIs('lake'), paint: { 'fill-color': p.water } },
    {
      id: 'river',
      type: 'line',
      source: 'basemap',
      filter: layerIs('river'),
      paint: { 'line-color': p.water, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.8, 11, 2.5] },
    },
    { id: 'admin1-line', type: 'line', source: 'basemap', filter: layerIs('admin1'), paint: { 'line-color': p.admin, 'line-width': 0.6 } },
    {
      id: 'handover-fill',
      type: 'fill',
      source: 'overlay',
      filter: INITIAL_FILTERS['handover-fill'],
      paint: { 'fill-color': p.handover, 'fill-opacity': 0.18 },
    },
    { id: 'handover-line', type: 'line', source: 'overlay', filter: INITIAL_FILTERS['handover-line'], paint: { 'line-color': p.handover, 'line-width': 1.5 } },
    {
      id: 'corridor-fill',
      type: 'fill',
      source: 'overlay',
      filter: INITIAL_FILTERS['corridor-fill'],
      paint: { 'fill-color': p.corridor, 'fill-opacity': 0.35 },
    },
    {
      id: 'peacekeeping-fill',
      type: 'fill',
      source: 'overlay',
      filter: INITIAL_FILTERS['peacekeeping-fill'],
      paint: { 'fill-color': p.corridor, 'fill-opacity': 0.15 },
    },
    {
      id: 'peacekeeping-line',
      type: 'line',
      source: 'overlay',
      filter: INITIAL_FILTERS['peacekeeping-line'],
      paint: { 'line-color': p.corridor, 'line-width': 2, 'line-dasharray': [1, 1.5] },
    },
    {
      id: 'border-section-fill',
      type: 'fill',
      source: 'overlay',
      filter: INITIAL_FILTERS['border-section-fill'],
      paint: { 'fill-color': p.section, 'fill-opacity': 0.15 },
    },
    {
      id: 'border-section-line',
      type: 'line',
      source: 'overlay',
      filter: INITIAL_FILTERS['border-section-line'],
      paint: { 'line-color': p.section, 'line-width': 2 },
    },
    {
      id: 'nkao-1991',
      type: 'line',
      source: 'basemap',
      filter: layerIs('nkao-1991'),
      paint: { 'line-color': p.border, 'line-width': 1, 'line-dasharray': [4, 2] },
    },
    {
      id: 'country-line',
      type: 'line',
      source: 'basemap',
      filter: layerIs('country'),
      paint: { 'line-color': p.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1, 11, 2] },
    },
    { id: 'claim-fill', type: 'fill', source: 'overlay', filter: INITIAL_FILTERS['claim-fill'], paint: { 'fill-color': p.claim, 'fill-opacity': 0.12 } },
    {
      id: 'claim-line-armenia',
      type: 'line',
      source: 'overlay',
      filter: INITIAL_FILTERS['claim-line-armenia'],
      paint: { 'line-color': p.claim, 'line-width': 2, 'line-dasharray': [3, 1.5] },
    },
    {
      id: 'claim-line-other',
      type: 'line',
      source: 'overlay',
      filter: INITIAL_FILTERS['claim-line-other'],
      paint: { 'line-color': p.claim, 'line-width': 2, 'line-dasharray': [0.5, 1.5] },
    },
    { id: 'area-highlight', type: 'line', source: 'overlay', filter: INITIAL_FILTERS['area-highlight'], paint: { 'line-color': p.ink, 'line-width': 3 } },
    {
      id: 'event',
      type: 'circle',
      source: 'overlay',
      filter: INITIAL_FILTERS.event,
      paint: { 'circle-radius': 6, 'circle-color': p.event, 'circle-opacity': 0.25, 'circle-stroke-color': p.eventRing, 'circle-stroke-width': 1.5 },
    },
    {
      id: 'place',
      type: 'circle',
      source: 'overlay',
      filter: layerIs('place'),
      paint: { 'circle-radius': 3.5, 'circle-color': p.ink, 'circle-stroke-color': p.halo, 'circle-stroke-width': 1 },
    },
    {
      id: 'town-label',
      type: 'symbol',
      source: 'basemap',
      minzoom: 7,
      filter: ['all', layerIs('town'), ['!', ['in', ['get', 'name'], ['literal', hiddenTowns]]]],
      layout: { ...text, 'text-field': ['get', 'name'], 'text-size': 11 },
      paint: { ...halo, 'text-color': p.muted },
    },
    {
      id: 'place-label',
      type: 'symbol',
      source: 'overlay',
      filter: layerIs('place'),
      layout: {
        ...text,
        // The English name, and below it the name in Armenian or Azerbaijani where places.yaml gives one.
        'text-field': ['case', ['has', 'local'], ['format', ['get', 'name'], {}, '\n', {}, ['get', 'local'], { 'font-scale': 0.85 }], ['get', 'name']],
        // Beside the point, on whichever side is free, as the static map does; hidden only if no side is.
        'text-variable-anchor': ['left', 'right', 'top', 'bottom', 'top-left', 'bottom-left', 'top-right', 'bottom-right'],
        'text-radial-offset': 0.6,
        'text-justify': 'auto',
      },
      paint: halo,
    },
    ...AREA_LABEL_LAYERS.map((id) => ({
      id,
      type: 'symbol',
      source: 'overlay',
      filter: INITIAL_FILTERS[id],
      // Short labels ("Armenian account") at small scales, whole titles closer in, as on the static map. Districts
      // and the corridor carry their label; a claim or the command post has it beside its circle, clear of it.
      layout: {
        ...text,
        'text-field': ['step', ['zoom'], ['get', 'short'], FULL_LABEL_ZOOM, ['get', 'title']],
        'text-size': 12,
        'text-max-width': 14,
        ...(id.endsWith('beside')
          ? { 'text-variable-anchor': ['bottom', 'top', 'left', 'right'], 'text-radial-offset': circleOffset() }
          : { 'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'], 'text-radial-offset': 0.8 }),
      },
      paint: halo,
    })),
  ];
}

/** The whole style: both GeoJSON sources (fetched only with the map), self-hosted label fonts, the layers. */
export function mapStyle(opts: { basemapUrl: string; overlayUrl: string; fonts: LabelFonts; palette: MapPalette; hiddenTowns?: string[] }): StyleSpecification {
  return {
    version: 8,
    name: 'Border Lines',
    sources: {
      basemap: { type: 'geojson', data: opts.basemapUrl },
      overlay: { type: 'geojson', data: opts.overlayUrl },
    },
    'font-faces': {
      [LABEL_FONT]: [
        {
          url: opts.fonts.latin,
          'unicode-range': [
            'U+0000-00FF',
            'U+0131',
            'U+0152-0153',
            'U+02BB-02BC',
            'U+02C6',
            'U+02DA',
            'U+02DC',
            'U+2000-206F',
            'U+20AC',
            'U+2122',
            'U+2191',
            'U+2193',
            'U+2212',
            'U+2215',
            'U+FEFF',
            'U+FFFD',
          ],
        },
        {
          url: opts.fonts.latinExt,
          'unicode-range': ['U+0100-02AF', 'U+0259', 'U+1E00-1EFF', 'U+2020', 'U+20A0-20AB', 'U+20AD-20C0', 'U+2113', 'U+2C60-2C7F', 'U+A720-A7FF'],
        },
        { url: opts.fonts.armenian, 'unicode-range': ['U+0530-058F', 'U+FB13-FB17'] },
      ],
    },
    layers: mapLayers(opts.palette, opts.hiddenTowns),
  } as StyleSpecification;
}
