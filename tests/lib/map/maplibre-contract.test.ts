// The one test against the real maplibre-gl, so that a major upgrade that changes what the glue relies on fails
// here, by name. MapLibre is imported, never run (no WebGL in Node); the style is checked by its own validator.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import * as maplibre from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { mapStyle } from '../../../src/lib/map/layers.ts';
import { PALETTES } from '../../../src/lib/map/palette.ts';

describe('contract with maplibre-gl', () => {
  it('exports what the map uses: Map, NavigationControl, setWorkerUrl', () => {
    expect(typeof maplibre.Map).toBe('function');
    expect(typeof maplibre.NavigationControl).toBe('function');
    expect(typeof maplibre.setWorkerUrl).toBe('function');
    expect(maplibre.getVersion()).toMatch(/^6\./);
  });

  it('its Map has every method the glue and the app call', () => {
    for (const method of [
      'jumpTo',
      'flyTo',
      'setFilter',
      'hasImage',
      'addImage',
      'getContainer',
      'getCanvas',
      'setMissingStyleImageResolver',
      'addControl',
      'remove',
      'once',
      'on',
      'setFontFaces',
    ]) {
      expect(typeof (maplibre.Map.prototype as unknown as Record<string, unknown>)[method], method).toBe('function');
    }
  });

  it('accepts our style, font-faces included, in light and dark', () => {
    for (const palette of [PALETTES.light, PALETTES.dark]) {
      const style = mapStyle({
        basemapUrl: '/map/basemap.json',
        overlayUrl: '/map/overlay.json',
        fonts: { latin: '/a.woff2', latinExt: '/b.woff2', armenian: '/c.woff2' },
        palette,
      });
      expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    }
  });
});
