import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import basemapJson from '../../../src/data/geo/basemap.json' with { type: 'json' };
import { REGION_CAMERA, zoomForWidth } from '../../../src/lib/map/camera.ts';
import type { Basemap } from '../../../src/lib/map/geodata.ts';
import { drawLocator, thinStream } from '../../../src/lib/map/overview-map.ts';

const basemap = basemapJson as unknown as Basemap;
const camera = { center: REGION_CAMERA.center, zoom: zoomForWidth(REGION_CAMERA, 400) };

describe('thinStream', () => {
  it('drops points closer than the tolerance to the last one kept, and keeps the rest', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [0, 0],
        [0.5, 0],
        [1, 0],
        [3, 0],
        [3.2, 0],
        [6, 0],
      ],
    };
    const d = geoPath(thinStream(1.5)).digits(1)(line);
    expect(d).toBe('M0,0L3,0L6,0');
  });
});

describe('drawLocator', () => {
  const marks = [
    { id: 'yerevan', text: 'Yerevan', lon: 44.5126, lat: 40.1776, style: 'dot' as const, priority: 0 },
    { id: 'moscow', text: 'Moscow', lon: 37.6, lat: 55.75, style: 'dot' as const, priority: 0 },
    { id: 'capture', text: 'Capture site, 27 May 2021 (two accounts)', lon: 45.97, lat: 40.13, style: 'beside' as const, priority: -20 },
  ];
  const map = drawLocator({ basemap, camera, width: 400, height: 300, marks, areas: [] });

  it('costs a few KB: outlines thinned to the pixel', () => {
    const bytes = map.paths.reduce((sum, p) => sum + p.d.length, 0);
    expect(bytes).toBeLessThan(16_000);
    expect(map.paths.some((p) => p.className === 'm-land')).toBe(true);
    expect(map.paths.some((p) => p.className === 'm-nkao')).toBe(true);
  });

  it('draws a dot only for dot marks inside the frame, and labels the capture site first', () => {
    expect(map.dots).toHaveLength(1);
    expect(map.labels.map((l) => l.id)).toEqual(['capture', 'yerevan']);
  });
});
