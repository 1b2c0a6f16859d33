// <border-map>: the loader. It keeps the static SVG and, once the map nears the viewport, imports the interactive
// map (MapLibre) on demand. Without WebGL2, or if anything fails, the SVG simply stays: nothing is logged.

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

  connectedCallback() {
    if (!('IntersectionObserver' in window) || !hasWebGL2()) return;
    this.observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.start(), { rootMargin: '300px' });
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
  }
}

customElements.define('border-map', BorderMap);
