// Turns the Natural Earth extracts in ../shared/geo/ into the one small basemap file the site ships. Pure: the
// script scripts/build-geodata.ts does the reading and writing.
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { slugify } from '../slug.ts';

/** The layers of the basemap; each feature carries one in `properties.layer`. */
export const BASEMAP_LAYERS = ['country', 'admin1', 'karabakh-1994', 'nkao-1991', 'ceasefire-1994', 'lake', 'river', 'town'] as const;
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];

/** Properties every basemap feature has: its layer, an id where one is useful, and an English name. */
export interface BasemapProperties {
  layer: BasemapLayer;
  id?: string;
  name?: string;
  /** For admin-1 units: province (Armenia's marz) or district (Azerbaijan's rayon or city). */
  kind?: 'province' | 'district';
  /** ISO 3166-1 alpha-3 of the country a country or admin-1 polygon belongs to. */
  country?: string;
  /** Population, for towns: larger towns are labelled first. */
  pop?: number;
}

export type BasemapFeature = Feature<Geometry, BasemapProperties>;
export type Basemap = FeatureCollection<Geometry, BasemapProperties>;

/** Round every coordinate to `decimals` places (4 ≈ 11 m) and drop points repeated after rounding. */
export function roundGeometry(geometry: Geometry, decimals = 4): Geometry {
  const f = 10 ** decimals;
  const point = (p: Position): Position => [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
  const line = (ps: Position[]): Position[] => ps.map(point).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: point(geometry.coordinates) };
    case 'LineString':
      return { type: 'LineString', coordinates: line(geometry.coordinates) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map(line) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map(line) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map(line)) };
    default:
      throw new Error(`roundGeometry: unsupported geometry type ${geometry.type}`);
  }
}

/**
 * Wind polygons the way d3-geo expects (clockwise exterior rings): d3 reads a ring the other way round as the whole
 * globe minus the polygon. MapLibre accepts either order, so one file serves both.
 */
export function windForD3(geometry: Geometry): Geometry {
  const fix = (rings: Position[][]): Position[][] =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: fix(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fix) };
  return geometry;
}

/**
 * English names for Azerbaijan's admin-1 units, keyed by their Natural Earth `gn_name`. NE 4.1.0 mislabels some
 * `name` fields (the Lachin rayon is called "Lankaran"; Stepanakert and Xocalı are swapped), so the GeoNames name
 * is the key and the spelling follows the site's places.yaml (Kalbajar, Lachin, Agdam, Shusha).
 */
export const AZ_DISTRICT_NAMES: Record<string, string> = {
  'Kalbacar Rayonu': 'Kalbajar',
  'Lacin Rayonu': 'Lachin',
  'Aghdam Rayon': 'Agdam',
  'Cabrayil Rayonu': 'Jabrayil',
  'Fizuli Rayon': 'Fuzuli',
  'Susa Rayonu': 'Shusha',
  'Susa Sahari': 'Shusha (city)',
  'Xocavand Rayonu': 'Khojavend',
  'Xankandi Sahari': 'Khankendi (Stepanakert)',
  'Xocali Rayonu': 'Khojaly',
  'Qubadli Rayon': 'Qubadli',
  'Zangilan Rayon': 'Zangilan',
  'Tartar Rayon': 'Tartar',
  'Qazakh Rayon': 'Gazakh',
  'Ali Bajramly': 'Shirvan',
  'Goygol Rayon': 'Goygol',
};

/** Armenian province names as NE spells them, corrected where NE uses another romanisation. */
const AM_PROVINCE_NAMES: Record<string, string> = { Erevan: 'Yerevan' };

/** Town names as Natural Earth romanises them, mapped to the site's spelling. */
export const TOWN_NAMES: Record<string, string> = {
  Ganca: 'Ganja',
  Gavarr: 'Gavar',
  Naxcivan: 'Nakhchivan',
  Sumqayt: 'Sumqayit',
  Yevlax: 'Yevlakh',
  Goycay: 'Goychay',
  Saki: 'Shaki',
  'Ali Bayramli': 'Shirvan',
};

/** The English name of an admin-1 unit from its NE properties. */
export function admin1Name(props: { name?: string; gn_name?: string; adm0_a3?: string }): string {
  if (props.adm0_a3 === 'ARM') return AM_PROVINCE_NAMES[props.name ?? ''] ?? props.name ?? '';
  const gn = props.gn_name ?? '';
  return AZ_DISTRICT_NAMES[gn] ?? gn.replace(/ (Rayonu?|Sahari|City)$/, (_m, kind: string) => (kind === 'Sahari' || kind === 'City' ? ' (city)' : ''));
}

/** The source files, already parsed, by their name in ../shared/geo/ (without .geojson). */
export type GeoSources = Record<string, FeatureCollection>;

type Props = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * Assemble the basemap from the Natural Earth extracts: countries, Armenia's provinces and Azerbaijan's districts,
 * the area held by Armenian forces until 2020 (NE's "Nagorno-Karabakh" breakaway polygon), the Soviet NKAO outline
 * and the 1994 ceasefire line, lakes, the main rivers and towns. Names are English; coordinates rounded.
 */
export function assembleBasemap(src: GeoSources, decimals = 4): Basemap {
  const out: BasemapFeature[] = [];
  const add = (layer: BasemapLayer, geometry: Geometry, props: Omit<BasemapProperties, 'layer'> = {}) =>
    out.push({ type: 'Feature', geometry: windForD3(roundGeometry(geometry, decimals)), properties: { layer, ...props } });

  for (const f of src.admin0_countries.features) {
    const p = f.properties as Props;
    add('country', f.geometry, { name: str(p.name), country: str(p.iso_a3), id: slugify(str(p.name) ?? '') });
  }
  for (const f of src.admin1_arm_aze.features) {
    const p = f.properties as Props;
    const name = admin1Name(p as { name?: string; gn_name?: string; adm0_a3?: string });
    const country = str(p.adm0_a3);
    add('admin1', f.geometry, { id: slugify(name), name, country, kind: country === 'ARM' ? 'province' : 'district' });
  }
  for (const f of src.admin0_breakaway_disputed_areas.features) {
    const p = f.properties as Props;
    if (p.BRK_A3 === 'B38') add('karabakh-1994', f.geometry, { id: 'karabakh-1994', name: 'Held by Armenian forces, 1994–2020' });
  }
  for (const f of src.admin0_disputed_boundary_lines.features) {
    const name = str((f.properties as Props).name);
    if (name === 'Former USSR oblast in 1991') add('nkao-1991', f.geometry, { name: 'Former NKAO (Soviet oblast) boundary' });
    if (name === 'Ceasefire Line 1994') add('ceasefire-1994', f.geometry, { name: '1994 ceasefire line' });
  }
  for (const f of src.lakes.features) {
    const p = f.properties as Props;
    const name = str(p.name) === 'Mingevir Reservoir' ? 'Mingachevir Reservoir' : str(p.name);
    add('lake', f.geometry, { name, id: slugify(name ?? 'lake') });
  }
  const rivers = new Set(['Kura', 'Aras', 'Terter', 'Vorotan', 'Hrazdan', 'Akhurian', 'Khrami', 'Alazani', 'Iori']);
  for (const file of ['rivers_lake_centerlines', 'rivers_europe']) {
    for (const f of src[file].features) {
      const name = str((f.properties as Props).name);
      // The Aras and Kura are in both files; keep the centre-line copies so each is drawn once.
      if (!name || !rivers.has(name) || (file === 'rivers_europe' && (name === 'Aras' || name === 'Kura'))) continue;
      add('river', f.geometry, { name });
    }
  }
  for (const f of src.populated_places.features) {
    const p = f.properties as Props;
    const raw = str(p.name) ?? '';
    add('town', f.geometry, { name: TOWN_NAMES[raw] ?? raw, pop: typeof p.pop_max === 'number' ? p.pop_max : 0, country: str(p.adm0_a3) });
  }
  return { type: 'FeatureCollection', features: out };
}

/** The ids of every admin-1 unit in a basemap, for validating areas that name a district. */
export const admin1Ids = (basemap: Basemap): string[] =>
  basemap.features
    .filter((f) => f.properties.layer === 'admin1')
    .map((f) => f.properties.id!)
    .sort();
