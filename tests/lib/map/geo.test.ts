import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import basemapJson from '../../../src/data/geo/basemap.json' with { type: 'json' };
import { admin1Name, assembleBasemap, roundGeometry, windForD3, type Basemap } from '../../../src/lib/map/geodata.ts';
import { assembleOverlay, circlePolygon, stripPolygon } from '../../../src/lib/map/overlay.ts';
import { metresPerPixel, projectionFor, scaleBar } from '../../../src/lib/map/projection.ts';
import { drawMap } from '../../../src/lib/map/svg.ts';
import type { MapArea } from '../../../src/schemas/map-area.ts';
import type { Place } from '../../../src/schemas/place.ts';
import type { TimelineEvent } from '../../../src/schemas/event.ts';

const basemap = basemapJson as unknown as Basemap;
const place = (id: string, lat: number, lon: number, extra: Partial<Place> = {}): Place => ({
  id,
  name: id,
  kind: 'town',
  lat,
  lon,
  country: 'azerbaijan',
  outsideRegion: false,
  sources: [],
  ...extra,
});
const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [46, 40],
      [46.1, 40],
      [46.1, 40.1],
      [46, 40.1],
      [46, 40],
    ],
  ],
};

describe('basemap assembly from Natural Earth', () => {
  it('rounds coordinates and drops points repeated after rounding', () => {
    expect(
      roundGeometry(
        {
          type: 'LineString',
          coordinates: [
            [1.00001, 2],
            [1.00002, 2],
            [1.5, 2.123456],
          ],
        },
        4,
      ),
    ).toEqual({
      type: 'LineString',
      coordinates: [
        [1, 2],
        [1.5, 2.1235],
      ],
    });
  });

  it('winds polygons so d3 fills the inside, not the rest of the globe', () => {
    const wound = windForD3(square);
    expect(geoArea(wound as never)).toBeLessThan(0.01);
    expect(geoArea(windForD3(wound) as never)).toBeLessThan(0.01);
  });

  it("names districts by GeoNames, fixing Natural Earth's mislabelled Lachin", () => {
    expect(admin1Name({ name: 'Lankaran', gn_name: 'Lacin Rayonu', adm0_a3: 'AZE' })).toBe('Lachin');
    expect(admin1Name({ name: 'Erevan', adm0_a3: 'ARM' })).toBe('Yerevan');
    expect(admin1Name({ name: 'x', gn_name: 'Barda Rayon', adm0_a3: 'AZE' })).toBe('Barda');
  });

  it('keeps only the Karabakh breakaway polygon and the two kinds of disputed lines', () => {
    const fc = (features: object[]) => ({ type: 'FeatureCollection' as const, features: features as never[] });
    const line = (name: string) => ({
      type: 'Feature',
      properties: { name },
      geometry: {
        type: 'LineString',
        coordinates: [
          [46, 40],
          [46.1, 40.1],
        ],
      },
    });
    const empty = fc([]);
    const out = assembleBasemap({
      admin0_countries: empty,
      admin1_arm_aze: empty,
      admin0_breakaway_disputed_areas: fc([
        { type: 'Feature', properties: { BRK_A3: 'B38' }, geometry: square },
        { type: 'Feature', properties: { BRK_A3: 'B28' }, geometry: square },
      ]),
      admin0_disputed_boundary_lines: fc([line('Former USSR oblast in 1991'), line('Ceasefire Line 1994'), line('Georgian claim')]),
      lakes: empty,
      rivers_lake_centerlines: fc([line('Aras')]),
      rivers_europe: fc([line('Aras'), line('Terter'), line('Samur')]),
      populated_places: fc([{ type: 'Feature', properties: { name: 'Ganca', pop_max: 3 }, geometry: { type: 'Point', coordinates: [46.36, 40.68] } }]),
    });
    expect(out.features.map((f) => `${f.properties.layer}:${f.properties.name ?? ''}`)).toEqual([
      'karabakh-1994:Held by Armenian forces, 1994–2020',
      'nkao-1991:Former NKAO (Soviet oblast) boundary',
      'ceasefire-1994:1994 ceasefire line',
      'river:Aras',
      'river:Terter',
      'town:Ganja',
    ]);
  });

  it('the committed basemap has every layer, the handed-over districts, and stays small', () => {
    const layers = new Set(basemap.features.map((f) => f.properties.layer));
    expect([...layers].sort()).toEqual(['admin1', 'ceasefire-1994', 'country', 'karabakh-1994', 'lake', 'nkao-1991', 'river', 'town']);
    const ids = basemap.features.filter((f) => f.properties.layer === 'admin1').map((f) => f.properties.id);
    expect(ids).toEqual(expect.arrayContaining(['agdam', 'kalbajar', 'lachin', 'gegharkunik', 'syunik']));
    expect(JSON.stringify(basemap).length).toBeLessThan(300 * 1024);
  });
});

describe('overlay assembly', () => {
  it('draws a circle of the right size around its centre, wound for d3', () => {
    const circle = circlePolygon(46, 40, 4);
    expect(geoContains(circle, [46, 40])).toBe(true);
    expect(geoContains(circle, [46, 40.05])).toBe(false);
    expect(geoArea(circle) * 6371 ** 2).toBeCloseTo(Math.PI * 16, 0);
  });

  it('draws a strip along a path', () => {
    const strip = stripPolygon(
      [
        [40, 46],
        [40, 46.2],
      ],
      5,
    );
    expect(geoContains(strip, [46.1, 40])).toBe(true);
    expect(geoContains(strip, [46.1, 40.05])).toBe(false);
  });

  const event = { id: '2021-05-27-x', date: '2021-05-27', title: 'X', places: ['kalbajar', 'moscow'] } as TimelineEvent;
  const area = (a: Partial<MapArea>) => ({ title: 't', note: 'n', sources: ['s'], ...a }) as MapArea;

  it('gives places their events and periods, events a point per place, areas a shape and a label point', () => {
    const overlay = assembleOverlay(
      [place('kalbajar', 40.1, 46.04, { hy: 'Քարվաճառ' }), place('moscow', 55.7, 37.6, { outsideRegion: true })],
      [event],
      [
        area({ id: 'claim', kind: 'claim', side: 'armenia', by: 'x', lat: 40.1, lon: 45.9, radiusKm: 4 }),
        area({ id: 'h', kind: 'handover', district: 'kalbajar', date: '2020-11-25' }),
      ],
      basemap,
    );
    const props = overlay.features.map((f) => f.properties);
    expect(props.filter((p) => p.layer === 'place')).toEqual([
      { layer: 'place', id: 'kalbajar', name: 'kalbajar', kind: 'town', local: 'Քարվաճառ', events: 1, periods: 'may-2021' },
    ]);
    expect(props.filter((p) => p.layer === 'event')).toEqual([
      { layer: 'event', id: '2021-05-27-x', place: 'kalbajar', title: 'X', date: '2021-05-27', period: 'may-2021' },
    ]);
    expect(props.filter((p) => p.layer === 'area').map((p) => p.id)).toEqual(['claim', 'h']);
    expect(props.filter((p) => p.layer === 'area-label')).toHaveLength(2);
  });
});

describe('projection, scale bar and labels for the static SVG', () => {
  it("projects the camera centre to the middle of the frame, at MapLibre's scale", () => {
    const projection = projectionFor({ center: [46, 40], zoom: 8 }, 800, 560);
    const [x, y] = projection([46, 40])!;
    expect(x).toBeCloseTo(400, 6);
    expect(y).toBeCloseTo(280, 6);
    // One degree of longitude at zoom 8 is 512·2⁸/360 px in Web Mercator.
    expect(projection([47, 40])![0] - x).toBeCloseTo((512 * 256) / 360, 3);
  });

  it('chooses a round scale-bar distance that fits', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.5, 0);
    const bar = scaleBar({ center: [46, 40], zoom: 8 }, 120);
    expect(bar.label).toBe('20 km');
    expect(bar.px).toBeLessThanOrEqual(120);
  });

  it('draws a view with land, borders, the focus place labelled and a scale bar', () => {
    const overlay = assembleOverlay([place('kalbajar', 40.1, 46.04)], [], [], basemap);
    const map = drawMap({ basemap, overlay, camera: { center: [46.04, 40.1], zoom: 8.5 }, width: 800, height: 560, focus: 'kalbajar' });
    expect(map.paths.some((p) => p.className === 'm-land')).toBe(true);
    expect(map.paths.some((p) => p.className === 'm-border')).toBe(true);
    expect(map.labels[0].text).toBe('kalbajar');
    expect(map.scale.label).toMatch(/km$/);
  });
});
