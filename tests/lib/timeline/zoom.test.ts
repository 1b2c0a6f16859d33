import { describe, expect, it } from 'vitest';
import { centredOn, clampView, MAX_ZOOM, panBy, zoomAbout } from '../../../src/lib/timeline/zoom.ts';

const width = 800;

describe('the timeline view', () => {
  it('zooms about a point: the chart position under it stays put', () => {
    const view = zoomAbout({ k: 1, tx: 0 }, 4, 300, width);
    expect(view.k).toBe(4);
    // The unzoomed x that was at 300 px is still at 300 px.
    expect(300 * view.k + view.tx).toBeCloseTo(300 + 0, 6);
    const again = zoomAbout(view, 2, 500, width);
    const before = (500 - view.tx) / view.k;
    expect(before * again.k + again.tx).toBeCloseTo(500, 6);
  });

  it('never zooms out past the whole chart or in past the closest zoom', () => {
    expect(zoomAbout({ k: 2, tx: -100 }, 0.1, 400, width)).toEqual({ k: 1, tx: 0 });
    expect(zoomAbout({ k: 32, tx: 0 }, 8, 0, width).k).toBe(MAX_ZOOM);
  });

  it('pans inside the chart only', () => {
    expect(panBy({ k: 1, tx: 0 }, 200, width)).toEqual({ k: 1, tx: 0 });
    const zoomed = { k: 4, tx: -1000 };
    expect(panBy(zoomed, 50, width).tx).toBe(-950);
    expect(panBy(zoomed, -1e6, width)).toEqual(clampView({ k: 4, tx: -1e9 }, width));
  });

  it('centres a position when the edges allow', () => {
    const view = centredOn(400, 8, width);
    expect(400 * view.k + view.tx).toBe(width / 2);
    expect(centredOn(0, 8, width).tx).toBeLessThanOrEqual(clampView({ k: 8, tx: 1e9 }, width).tx);
  });
});
