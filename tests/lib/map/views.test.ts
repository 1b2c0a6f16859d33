import { describe, expect, it } from 'vitest';
import { chapterViews, claimsOfEvent, viewOutlining } from '../../../src/lib/map/views.ts';
import type { MapArea } from '../../../src/schemas/map-area.ts';
import type { Place } from '../../../src/schemas/place.ts';

const place = (id: string, lat: number, lon: number): Place =>
  ({ id, name: id, kind: 'village', lat, lon, country: 'azerbaijan', outsideRegion: false }) as Place;
const claim = (id: string, side: 'armenia' | 'azerbaijan', event: string): MapArea =>
  ({ id, title: id, kind: 'claim', side, by: 'x', event, lat: 40.1, lon: 45.9, radiusKm: 4, note: 'n', sources: ['s'] }) as MapArea;

const places = new Map([
  ['yukhari-ayrim', place('yukhari-ayrim', 40.13, 45.93)],
  ['kalbajar', place('kalbajar', 40.1, 46.04)],
]);
const areas = new Map(
  [
    claim('a-arm', 'armenia', 'e1'),
    claim('a-az', 'azerbaijan', 'e1'),
    claim('b-arm', 'armenia', 'e2'),
    { ...claim('h', 'armenia', 'e1'), kind: 'handover' } as MapArea,
  ].map((a) => [a.id, a]),
);

describe('the views the home page borrows from a chapter', () => {
  it("takes the claims of one event only, not another event's nor other kinds of area", () => {
    expect(claimsOfEvent(areas.values(), 'e1').map((a) => a.id)).toEqual(['a-arm', 'a-az']);
  });

  it('finds the first step that outlines every account, and none when no step does', () => {
    const steps = [
      { place: 'kalbajar', highlight: 'a-arm' },
      { place: 'yukhari-ayrim', zoom: '10', highlight: 'a-arm a-az' },
    ];
    const views = chapterViews(steps, places, areas);
    expect(viewOutlining(views, ['a-arm', 'a-az'])?.key).toBe('map-yukhari-ayrim');
    expect(viewOutlining(views, ['b-arm'])).toBeUndefined();
    expect(viewOutlining(views, [])).toBeUndefined();
  });
});
