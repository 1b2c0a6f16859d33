// <bl-map>: the loader. It keeps the static SVG and, once the map nears the viewport, imports the interactive
// map (MapLibre) on demand. Without WebGL2, or if anything fails, the SVG simply stays: nothing is logged.
// On a chapter read on a narrow screen the sticky map is not laid out, so nothing loads by itself: each step's
// "Explore this map here" button loads it on request (the size it states is src/lib/map/on-demand.ts), into that step.

/** True when the browser can give MapLibre the WebGL2 context it needs. */
function hasWebGL2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return !!gl;
  } catch {
    return false;
  }
}

/** What counts as the reader starting to use the page. */
const FIRST_MOVES = ['scroll', 'pointermove', 'pointerdown', 'keydown', 'touchstart'] as const;

class BorderMap extends HTMLElement {
  private observer?: IntersectionObserver;
  private teardown?: () => void;
  private started = false;
  private restoreLinks?: () => void;
  private afterStart?: () => void;

  connectedCallback() {
    if (!('IntersectionObserver' in window) || !hasWebGL2()) return;
    if (this.dataset.mode === 'chapter') this.offerStepMaps();
    this.observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.isLaidOut() && this.start(), { rootMargin: '300px' });
    // Maps sit in the first screen, so nothing heavy loads with the page: the map waits for the reader's first
    // move (scroll, pointer, key) or a deep link, then for the map (on a chapter: a step) to near the viewport.
    const steps = this.dataset.mode === 'chapter' ? [...document.querySelectorAll('[data-map-step]')] : [];
    let waiting = true;
    const observe = () => {
      if (!waiting) return;
      waiting = false;
      FIRST_MOVES.forEach((type) => removeEventListener(type, observe));
      (steps.length > 0 ? steps : [this]).forEach((target) => this.observer?.observe(target));
    };
    if (location.hash) observe();
    else FIRST_MOVES.forEach((type) => addEventListener(type, observe, { passive: true }));
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.teardown?.();
  }

  /** False while the element is hidden: the sticky chapter map is on wide screens only. */
  private isLaidOut(): boolean {
    return this.getClientRects().length > 0;
  }

  /**
   * Turn each step's "open on the map page" link into a button that loads the interactive map into that step. Once
   * the map has opened (or failed to) the links come back: the line keeps its height, so nothing on the page moves.
   */
  private offerStepMaps() {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-map-explore]')];
    const buttons = links.map((link) => {
      const button = document.createElement('button');
      button.type = 'button';
      // Same height as the link it replaces (min-h-6), so the swap moves nothing.
      button.className = 'inline-flex min-h-6 cursor-pointer items-center rounded border border-rule px-2 font-semibold';
      button.dataset.mapExplore = '';
      button.textContent = link.dataset.exploreLabel ?? 'Explore this map here';
      button.addEventListener('click', (event) => {
        if (this.started) return;
        const step = button.closest<HTMLElement>('[data-map-step]');
        if (step) this.dataset.initial = step.id;
        this.dataset.requested = '';
        button.textContent = 'Loading the map…';
        // The reader asked for the map, so a keyboard user lands on it rather than on a button that is gone.
        if (event.detail === 0) this.afterStart = () => step?.querySelector<HTMLElement>('.map-canvas canvas')?.focus();
        void this.start();
      });
      link.replaceWith(button);
      return button;
    });
    this.restoreLinks = () => buttons.forEach((button, i) => button.replaceWith(links[i]));
  }

  private async start() {
    if (this.started) return;
    this.started = true;
    this.observer?.disconnect();
    try {
      const { mountMap } = await import('./map-app.ts');
      this.teardown = await mountMap(this);
    } catch {
      // The static map is already there and stays; a reader loses nothing but interactivity.
    }
    this.restoreLinks?.();
    this.afterStart?.();
  }
}

customElements.define('bl-map', BorderMap);
