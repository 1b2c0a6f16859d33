import { describe, expect, it } from 'vitest';
import { cameraForPlace, cameraForWidth, cameraMove, MAX_STEP_ZOOM, MIN_STEP_ZOOM, scaleWord, zoomForWidth } from '../../../src/lib/map/camera.ts';
import { describeView } from '../../../src/lib/map/describe.ts';
import { periodOf } from '../../../src/lib/map/periods.ts';
import { hashForPlace, idsOf, mapStepAnchor, placeFromHash } from '../../../src/lib/map/steps.ts';

describe('camera positions', () => {
  it("centres a place at the zoom for its kind, or the editor's zoom clamped to the allowed range", () => {
    expect(cameraForPlace({ lat: 40.1, lon: 46, kind: 'village' })).toEqual({ center: [46, 40.1], zoom: 10 });
    expect(cameraForPlace({ lat: 40.1, lon: 46, kind: 'village' }, 8)).toEqual({ center: [46, 40.1], zoom: 8 });
    expect(cameraForPlace({ lat: 40.1, lon: 46, kind: 'town' }, 20).zoom).toBe(MAX_STEP_ZOOM);
    expect(cameraForPlace({ lat: 40.1, lon: 46, kind: 'town' }, 1).zoom).toBe(MIN_STEP_ZOOM);
  });

  it('scales the zoom with the map width so every width frames the same extent', () => {
    expect(zoomForWidth({ center: [0, 0], zoom: 8 }, 800)).toBe(8);
    expect(zoomForWidth({ center: [0, 0], zoom: 8 }, 400)).toBe(7);
    expect(zoomForWidth({ center: [0, 0], zoom: 8 }, 0)).toBe(8);
  });

  it('jumps under reduced motion and flies otherwise', () => {
    const camera = { center: [46, 40] as [number, number], zoom: 9 };
    expect(cameraMove(camera, true)).toEqual({ method: 'jumpTo', options: { center: [46, 40], zoom: 9 } });
    expect(cameraMove(camera, false).method).toBe('flyTo');
  });

  it('describes a view in words, naming highlighted areas', () => {
    expect(scaleWord(6)).toBe('the whole region');
    expect(scaleWord(8.5)).toBe('a province or district');
    expect(scaleWord(10)).toBe('the area around a town');
    expect(describeView({ placeName: 'Kalbajar', camera: { center: [46, 40], zoom: 10 }, areaTitles: ['A', 'B'] })).toBe(
      'Map centred on Kalbajar, showing the area around a town. Highlighted: A; B.',
    );
  });
});

describe('steps, deep links and periods', () => {
  it('gives a step the anchor map-<place> unless it has its own id', () => {
    expect(mapStepAnchor(undefined, 'sev-lich')).toBe('map-sev-lich');
    expect(mapStepAnchor('capture-sites', 'sev-lich')).toBe('capture-sites');
  });

  it('reads and writes #place=<id>, ignoring anything that is not an id', () => {
    expect(placeFromHash('#place=kalbajar')).toBe('kalbajar');
    expect(placeFromHash(hashForPlace('lake-sevan'))).toBe('lake-sevan');
    expect(placeFromHash('#place=<script>')).toBeUndefined();
    expect(placeFromHash('')).toBeUndefined();
    expect(idsOf(' a  b,c ')).toEqual(['a', 'b', 'c']);
  });

  it('puts each date in its period, partial dates by their first day', () => {
    expect(periodOf('1994')).toBe('before-2020');
    expect(periodOf('2020-09-27')).toBe('war-2020');
    expect(periodOf('2020-11-25')).toBe('handovers');
    expect(periodOf('2021-05-27')).toBe('may-2021');
    expect(periodOf('2023-09')).toBe('after');
  });
});

describe('cameraForWidth', () => {
  it('keeps the extent: half the width, one zoom level out, same centre', () => {
    const camera = { center: [45.9, 40.1] as [number, number], zoom: 10 };
    expect(cameraForWidth(camera, 400)).toEqual({ center: [45.9, 40.1], zoom: 9 });
  });
});
