// The static map drawn from fixture places and areas over the committed basemap: a change to the projection,
// the layers, the labels or the claim outlines shows up here as a diff, whatever the real content says.
import { describe, expect, it } from 'vitest';
import basemapJson from '../../../src/data/geo/basemap.json' with { type: 'json' };
import type { Basemap } from '../../../src/lib/map/geodata.ts';
import { assembleOverlay } from '../../../src/lib/map/overlay.ts';
import { drawMap, drawnClasses } from '../../../src/lib/map/svg.ts';
import type { MapArea } from '../../../src/schemas/map-area.ts';
import type { Place } from '../../../src/schemas/place.ts';

const basemap = basemapJson as unknown as Basemap;
const place = (id: string, name: string, lat: number, lon: number, country: Place['country']): Place =>
  ({ id, name, kind: 'village', lat, lon, country, outsideRegion: false, sources: [] }) as Place;
const places = [place('village-a', 'Village A', 40.09, 45.83, 'armenia'), place('village-b', 'Village B', 40.11, 45.9, 'azerbaijan')];
const claim = (id: string, side: 'armenia' | 'azerbaijan', lat: number, lon: number) =>
  ({
    id,
    title: `${side} account`,
    kind: 'claim',
    date: '2021-05-27',
    side,
    by: 'A ministry',
    event: 'e1',
    lat,
    lon,
    radiusKm: 1.5,
    note: 'Approximate.',
    sources: ['s1'],
  }) as MapArea;
const areas = [claim('claim-a', 'armenia', 40.095, 45.85), claim('claim-b', 'azerbaijan', 40.105, 45.88)];

describe('the static map from a fixture', () => {
  it('draws the same paths, points and labels for a close view outlining both accounts', () => {
    const overlay = assembleOverlay(places, [], areas, basemap);
    const map = drawMap({
      basemap,
      overlay,
      camera: { center: [45.865, 40.1], zoom: 11 },
      width: 400,
      height: 280,
      focus: 'village-a',
      highlight: ['claim-a', 'claim-b'],
    });
    expect(map.paths.filter((p) => p.className.includes('m-claim') || p.className.includes('m-highlight')).length).toBe(4);
    expect(map).toMatchSnapshot();
    // What the map key reads: each class of a class list counts ("m-highlight m-claim-armenia").
    expect([...drawnClasses(map)]).toEqual(expect.arrayContaining(['m-claim', 'm-claim-armenia', 'm-claim-other', 'm-highlight', 'm-place']));
  });
});
