import { describe, expect, it } from 'vitest';
import { addHatch, applyFilters, hatchPattern, moveCamera, type MapLike } from '../../../src/lib/map/maplibre-actions.ts';
import { LABEL_FONT, mapLayers, mapStyle } from '../../../src/lib/map/layers.ts';
import { PALETTES } from '../../../src/lib/map/palette.ts';

/** A tiny stand-in for a MapLibre map that records what the helpers ask of it. */
function fakeMap(width = 800) {
  const calls: Array<[string, ...unknown[]]> = [];
  const images = new Set<string>();
  const map: MapLike = {
    jumpTo: (o) => calls.push(['jumpTo', o]),
    flyTo: (o) => calls.push(['flyTo', o]),
    setFilter: (layer, filter) => calls.push(['setFilter', layer, filter]),
    hasImage: (id) => images.has(id),
    addImage: (id) => {
      images.add(id);
      calls.push(['addImage', id]);
    },
    getContainer: () => ({ clientWidth: width }),
  };
  return { map, calls };
}

describe('MapLibre helpers (with a fake map)', () => {
  it('jumps under reduced motion, flies otherwise, and scales the zoom to the map width', () => {
    const { map, calls } = fakeMap(400);
    moveCamera(map, { center: [46, 40], zoom: 9 }, true);
    moveCamera(map, { center: [46, 40], zoom: 9 }, false);
    expect(calls[0]).toEqual(['jumpTo', { center: [46, 40], zoom: 8 }]);
    expect(calls[1][0]).toBe('flyTo');
    expect(calls[1][1]).toMatchObject({ center: [46, 40], zoom: 8 });
  });

  it('sets the filter of every view-dependent layer at once', () => {
    const { map, calls } = fakeMap();
    applyFilters(map, { highlight: ['a'], period: 'may-2021' });
    const layers = calls.filter((c) => c[0] === 'setFilter').map((c) => c[1]);
    expect(layers).toEqual(expect.arrayContaining(['area-highlight', 'area-label', 'area-label-highlight', 'event', 'handover-fill', 'claim-line-other']));
    expect(new Set(layers).size).toBe(layers.length);
  });

  it('adds the hatch pattern once, as RGBA pixels in the given colour', () => {
    const { map, calls } = fakeMap();
    addHatch(map, '#8a8275');
    addHatch(map, '#8a8275');
    expect(calls.filter((c) => c[0] === 'addImage')).toHaveLength(1);
    const { data, width } = hatchPattern('#102030', 8);
    expect([...data.slice(0, 4)]).toEqual([16, 32, 48, 255]);
    expect(data.length).toBe(width * width * 4);
  });
});

describe('the map style', () => {
  const style = mapStyle({
    basemapUrl: '/map/basemap.json',
    overlayUrl: '/map/overlay.json',
    fonts: { latin: '/a.woff2', latinExt: '/b.woff2', armenian: '/c.woff2' },
    palette: PALETTES.light,
  });

  it('uses only its two GeoJSON sources and self-hosted fonts: no tiles, no glyph server', () => {
    expect(Object.keys(style.sources)).toEqual(['basemap', 'overlay']);
    expect(style.glyphs).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:/);
    expect(Object.keys(style['font-faces'] ?? {})).toEqual([LABEL_FONT]);
  });

  it('gives every layer a unique id, an existing source and the declared font', () => {
    const layers = mapLayers(PALETTES.dark);
    expect(new Set(layers.map((l) => l.id)).size).toBe(layers.length);
    for (const layer of layers) {
      if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
      if (layer.type === 'symbol') expect(layer.layout?.['text-font']).toEqual([LABEL_FONT]);
    }
    expect(layers.map((l) => l.id)).toEqual(
      expect.arrayContaining(['event', 'area-highlight', 'karabakh-1994', 'handover-fill', 'claim-line-armenia', 'claim-line-other']),
    );
  });

  it('tells the two claim areas apart by dash pattern, never by colour', () => {
    const layers = mapLayers(PALETTES.light);
    const paint = (id: string) => (layers.find((l) => l.id === id) as { paint: Record<string, unknown> }).paint;
    expect(paint('claim-line-armenia')['line-color']).toBe(paint('claim-line-other')['line-color']);
    expect(paint('claim-line-armenia')['line-dasharray']).not.toEqual(paint('claim-line-other')['line-dasharray']);
  });
});
