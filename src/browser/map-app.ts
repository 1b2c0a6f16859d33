// The interactive map, loaded on demand by <bl-map>. MapLibre, its worker, its CSS, the label fonts and the
// geodata are all fetched from this site only when a map is about to be seen.
import { Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import armenian from '@fontsource/noto-sans-armenian/files/noto-sans-armenian-armenian-400-normal.woff2?url';
import { zoomForWidth } from '../lib/map/camera.ts';
import type { MapFilters } from '../lib/map/filters.ts';
import { addHatch, applyFilters, moveCamera, type MapLike } from '../lib/map/maplibre-actions.ts';
import { HATCH_IMAGE, mapStyle } from '../lib/map/layers.ts';
import { PALETTES } from '../lib/map/palette.ts';
import { hashForPlace, placeFromHash } from '../lib/map/steps.ts';
import type { MapView } from '../lib/map/views.ts';

/** MapLibre's stylesheet, added from script so it never blocks the first paint. */
function injectCss(): Promise<void> {
  if (document.querySelector('link[data-maplibre-css]')) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = cssUrl;
  link.dataset.maplibreCss = '';
  const loaded = new Promise<void>((resolve, reject) => {
    link.onload = () => resolve();
    link.onerror = () => reject(new Error('map stylesheet'));
  });
  document.head.append(link);
  return loaded;
}

const isDark = () => {
  const theme = document.documentElement.dataset.theme;
  return theme ? theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
};

/** Mount the interactive map inside a <bl-map>; resolves with a teardown once it has replaced the SVG. */
export async function mountMap(el: HTMLElement): Promise<() => void> {
  const frame = el.querySelector<HTMLElement>('[data-map-frame]')!;
  const description = el.querySelector<HTMLElement>('[data-map-description]');
  const views: MapView[] = JSON.parse(el.dataset.views ?? '[]');
  const byKey = new Map(views.map((v) => [v.key, v]));
  const initial = byKey.get(el.dataset.initial ?? '') ?? views[0];
  const base = el.dataset.base ?? '/';
  const reduced = matchMedia('(prefers-reduced-motion: reduce)');
  let palette = PALETTES[isDark() ? 'dark' : 'light'];
  const styleFor = () =>
    mapStyle({ basemapUrl: `${base}map/basemap.json`, overlayUrl: `${base}map/overlay.json`, fonts: { latin, latinExt, armenian }, palette });

  // Where the map sits: its own frame when that is laid out (the map page; a chapter on a wide screen), else, on a
  // chapter read on a narrow screen, the frame of the step being read, so the one map moves inline from step to step.
  const dockFor = (key: string): HTMLElement => {
    if (el.dataset.mode !== 'chapter' || el.getClientRects().length > 0) return frame;
    return document.getElementById(key)?.querySelector<HTMLElement>('[data-step-frame]') ?? frame;
  };
  let dock = dockFor(initial.key);

  await injectCss();
  setWorkerUrl(workerUrl);
  // MapLibre's unlayered CSS makes its container position: relative, so it sits in an absolutely placed wrapper.
  const wrapper = document.createElement('div');
  wrapper.className = 'map-canvas';
  wrapper.style.visibility = 'hidden';
  const container = document.createElement('div');
  container.style.width = '100%';
  container.style.height = '100%';
  wrapper.append(container);
  dock.append(wrapper);

  const map = new MapLibreMap({
    container,
    style: styleFor(),
    center: initial.camera.center,
    zoom: zoomForWidth(initial.camera, dock.clientWidth),
    attributionControl: false,
    maxBounds: [
      [41, 37],
      [53.5, 43.6],
    ],
    fadeDuration: reduced.matches ? 0 : 300,
    cooperativeGestures: el.dataset.mode === 'chapter',
  });
  const actions = map as unknown as MapLike;
  const cleanups: Array<() => void> = [() => map.remove(), () => wrapper.remove()];
  const teardown = () => cleanups.splice(0).forEach((f) => f());

  map.setMissingStyleImageResolver((id) => {
    if (id === HATCH_IMAGE) addHatch(actions, palette.hatch);
  });
  // The camera, written on the element after every move (and once ready) for tests and debugging.
  const recordCamera = () => {
    const c = map.getCenter();
    el.dataset.camera = `${c.lng.toFixed(4)},${c.lat.toFixed(4)},${map.getZoom().toFixed(2)}`;
  };
  map.on('moveend', recordCamera);

  // Ready when the first frame with data is drawn; an error before that keeps the SVG (and logs nothing).
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('map timeout')), 20_000);
    map.on('error', () => {
      clearTimeout(timer);
      reject(new Error('map error'));
    });
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
  }).catch((error) => {
    teardown();
    throw error;
  });

  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  const canvas = map.getCanvas();
  canvas.setAttribute('aria-label', 'Interactive map: arrow keys move it, plus and minus zoom. A description of the view follows the map.');
  canvas.setAttribute('role', 'img');
  // The frame holding the map hides its static SVG (from sight and from screen readers); a frame it leaves shows it again.
  const occupy = (target: HTMLElement, occupied: boolean) => {
    const svg = target.querySelector('svg');
    if (occupied) {
      target.dataset.ready = '';
      svg?.setAttribute('aria-hidden', 'true');
    } else {
      delete target.dataset.ready;
      svg?.removeAttribute('aria-hidden');
    }
  };
  occupy(dock, true);
  cleanups.push(() => occupy(dock, false));
  recordCamera();
  wrapper.style.visibility = '';
  el.dataset.ready = '';
  el.dataset.palette = isDark() ? 'dark' : 'light';

  // What the view shows besides its camera: the areas outlined (and labelled first) and the chosen period. Both are
  // written on the element for tests and debugging.
  const filters: MapFilters = { highlight: [], period: null };
  const refilter = (change: Partial<MapFilters>) => {
    Object.assign(filters, change);
    applyFilters(actions, filters);
    el.dataset.highlight = filters.highlight.join(' ');
    el.dataset.period = filters.period ?? 'all';
  };
  let current = initial.key;
  const show = (view: MapView) => {
    current = view.key;
    const target = dockFor(view.key);
    if (target !== dock) {
      occupy(dock, false);
      target.append(wrapper);
      occupy(target, true);
      dock = target;
      map.resize();
      // The map has moved to a new spot on the page, whose static map shows this view: no flight to it.
      moveCamera(actions, view.camera, true);
    } else moveCamera(actions, view.camera, reduced.matches);
    refilter({ highlight: view.highlight });
    if (description && description.textContent !== view.description) description.textContent = view.description;
    el.dataset.view = view.key;
  };
  el.dataset.view = current;
  refilter({ highlight: initial.highlight });

  if (el.dataset.mode === 'chapter') {
    const steps = [...document.querySelectorAll<HTMLElement>('[data-map-step]')].filter((s) => byKey.has(s.id));
    const stepObserver = new IntersectionObserver(
      (entries) => {
        const entering = entries.find((e) => e.isIntersecting);
        if (entering && entering.target.id !== current) show(byKey.get(entering.target.id)!);
      },
      { rootMargin: '-40% 0px -40% 0px' },
    );
    steps.forEach((s) => stepObserver.observe(s));
    // Crossing the wide-screen breakpoint (a tablet turned) moves the map between the sticky frame and the steps.
    const wide = matchMedia('(min-width: 64rem)');
    const redock = () => show(byKey.get(current)!);
    wide.addEventListener('change', redock);
    cleanups.push(() => {
      stepObserver.disconnect();
      wide.removeEventListener('change', redock);
    });
    // A step in the address opens that view, unless the reader just asked for the map in another step.
    const fromHash = byKey.get(decodeURIComponent(location.hash.slice(1)));
    if (fromHash && el.dataset.requested === undefined) show(fromHash);
  } else {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-place-link]')];
    const select = (id: string, updateUrl: boolean) => {
      const view = byKey.get(id);
      if (!view) return;
      show(view);
      links.forEach((a) => (a.dataset.place === id ? a.setAttribute('aria-current', 'true') : a.removeAttribute('aria-current')));
      if (updateUrl) history.replaceState(null, '', hashForPlace(id));
    };
    const onClick = (e: MouseEvent) => {
      const link = (e.target as Element).closest<HTMLAnchorElement>('a[data-place-link]');
      if (!link?.dataset.place) return;
      e.preventDefault();
      select(link.dataset.place, true);
    };
    const onHash = () => {
      const id = placeFromHash(location.hash);
      if (id) select(id, false);
    };
    const onPeriod = (e: Event) => {
      const input = e.target as HTMLInputElement;
      if (input.name === 'period') refilter({ period: input.value === 'all' ? null : input.value });
    };
    document.addEventListener('click', onClick);
    window.addEventListener('hashchange', onHash);
    document.addEventListener('change', onPeriod);
    cleanups.push(() => {
      document.removeEventListener('click', onClick);
      window.removeEventListener('hashchange', onHash);
      document.removeEventListener('change', onPeriod);
    });
    map.on('click', 'place', (e) => {
      const id = e.features?.[0]?.properties?.id;
      if (typeof id === 'string') select(id, true);
    });
    const checked = document.querySelector<HTMLInputElement>('input[name="period"]:checked');
    if (checked && checked.value !== 'all') refilter({ period: checked.value });
    onHash();
  }
  // Follow the theme while the map is open: the reader's toggle (data-theme) and the system setting. A new
  // style resets layer filters, so the current view's highlights and the chosen period are applied again.
  const restyle = () => {
    const next = PALETTES[isDark() ? 'dark' : 'light'];
    if (next === palette) return;
    palette = next;
    if (map.hasImage(HATCH_IMAGE)) map.removeImage(HATCH_IMAGE);
    map.setStyle(styleFor());
    map.once('idle', () => {
      el.dataset.palette = isDark() ? 'dark' : 'light';
      refilter({});
    });
  };
  const themeObserver = new MutationObserver(restyle);
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', restyle);
  cleanups.push(() => {
    themeObserver.disconnect();
    scheme.removeEventListener('change', restyle);
  });
  return teardown;
}
