// <bl-timeline>: enhances the build-time timeline (src/components/timeline/Timeline.astro) with event cards,
// zoom and pan (wheel, pinch, drag, buttons, keys), filters, deep links and a copy-link control. It redraws the
// SVG with the function the build drew it with (src/lib/timeline/render.ts), from the same pure scene.
import type { Era } from '../lib/timeline/eras.ts';
import { positionOf } from '../lib/timeline/eras.ts';
import { keyAction } from '../lib/timeline/keys.ts';
import { markMeta, type MarkMeta } from '../lib/timeline/meta.ts';
import { chartLayers } from '../lib/timeline/render.ts';
import { buildScene, type View } from '../lib/timeline/scene.ts';
import { centredOn, MAX_ZOOM, zoomAbout } from '../lib/timeline/zoom.ts';
import type { Category } from '../schemas/event.ts';
import { eventCard } from './timeline-card.ts';
import { ChartGestures } from './timeline-gestures.ts';

interface Item {
  id: string;
  t: number;
  title: string;
  /** The filters' keys: category and chapter position. */
  cat: Category;
  ci: string;
  meta: MarkMeta;
  li: HTMLLIElement;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

class BlTimeline extends HTMLElement {
  private items: Item[] = [];
  private byId = new Map<string, Item>();
  private view: View = { k: 1, tx: 0 };
  private selected?: string;
  private active?: SVGSVGElement;
  private gestures = new ChartGestures({
    svg: () => this.active,
    view: () => this.view,
    show: (view) => {
      this.view = view;
      this.render();
    },
    holdsFocus: () => this.contains(document.activeElement),
  });
  private focusPending = false;
  private animation = 0;
  private teardown: Array<() => void> = [];

  connectedCallback() {
    this.classList.add('is-enhanced');
    this.items = [...this.querySelectorAll<HTMLLIElement>('.tl-item')].map((li) => {
      const [cat, ci, title] = [li.dataset.cat as Category, li.dataset.ci ?? '', li.dataset.title ?? ''];
      const date = li.querySelector('time')?.getAttribute('datetime') ?? '';
      const meta = markMeta(
        { date, title, category: cat, confidence: li.hasAttribute('data-disputed') ? 'disputed' : 'confirmed' },
        li.hasAttribute('data-faint'),
        Number(ci),
      );
      return { id: li.dataset.id!, t: Number(li.dataset.t), title, cat, ci, meta, li };
    });
    this.byId = new Map(this.items.map((i) => [i.id, i]));
    this.active = this.visibleSvg();
    this.querySelectorAll<SVGSVGElement>('.tl-svg').forEach((s) => this.rove(s));

    const chart = this.querySelector<HTMLElement>('.tl-chart')!;
    const controls = this.querySelector<HTMLElement>('.tl-controls')!;
    this.on(chart, 'click', (e) => this.onClick(e as MouseEvent));
    this.on(chart, 'keydown', (e) => this.onKey(e as KeyboardEvent));
    this.on(chart, 'focusin', (e) => {
      const id = (e.target as Element).closest<SVGElement>('.tl-ev')?.dataset.id;
      if (id && id !== this.selected) this.select(id, { keepView: true });
    });
    this.on(chart, 'pointerover', (e) => {
      const id = (e.target as Element).closest<SVGElement>('.tl-ev')?.dataset.id;
      if (id && e instanceof PointerEvent && e.pointerType === 'mouse') this.showCard(id);
    });
    this.on(chart, 'pointerleave', () => this.showCard(this.selected));
    this.on(chart, 'wheel', (e) => this.gestures.wheel(e as WheelEvent), { passive: false });
    this.on(chart, 'pointerdown', (e) => this.gestures.down(e as PointerEvent));
    this.on(chart, 'pointermove', (e) => this.gestures.move(e as PointerEvent));
    for (const type of ['pointerup', 'pointercancel']) this.on(chart, type, (e) => this.gestures.up(e as PointerEvent));
    this.on(controls, 'change', () => this.onFilter());
    this.querySelectorAll('[data-reset]').forEach((b) => this.on(b, 'click', () => this.reset()));
    this.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((b) => this.on(b, 'click', () => this.zoomBy(b.dataset.zoom === 'in' ? 2 : 0.5)));
    this.on(window, 'hashchange', () => this.fromHash());
    const resize = new ResizeObserver(() => {
      const now = this.visibleSvg();
      if (now !== this.active) {
        this.active = now;
        this.render();
      }
    });
    resize.observe(chart);
    this.teardown.push(() => resize.disconnect());
    this.fromHash();
  }

  disconnectedCallback() {
    this.teardown.forEach((f) => f());
    this.teardown = [];
    cancelAnimationFrame(this.animation);
  }

  private on(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions) {
    target.addEventListener(type, handler, options);
    this.teardown.push(() => target.removeEventListener(type, handler, options));
  }

  private visibleSvg(): SVGSVGElement | undefined {
    return [...this.querySelectorAll<SVGSVGElement>('.tl-svg')].find((s) => s.getBoundingClientRect().width > 0);
  }

  /** Events that pass the category and chapter filters, in time order. */
  private visibleItems(): Item[] {
    const checked = (name: string) =>
      new Set([...this.querySelectorAll<HTMLInputElement>(`input[data-filter="${name}"]:checked`)].map((i) => i.dataset.ci ?? i.value));
    const categories = checked('category');
    const hasChapters = this.querySelector('input[data-filter="chapter"]') !== null;
    const chapters = checked('chapter');
    return this.items.filter((i) => categories.has(i.cat) && (!hasChapters || chapters.has(i.ci)));
  }

  private sceneFor(view: View): { scene: ReturnType<typeof buildScene>; eras: Era[] } | undefined {
    const target = this.active ?? this.visibleSvg();
    if (!target) return undefined;
    const eras = JSON.parse(target.dataset.eras ?? '[]') as Era[];
    const events = this.visibleItems().map((i) => ({ id: i.id, t: i.t, title: i.title, faint: i.meta.faint }));
    return {
      scene: buildScene(
        events,
        eras,
        this.items.map((i) => i.t),
        Number(target.dataset.width),
        view,
      ),
      eras,
    };
  }

  /** Redraw the active SVG for the current view, filters and selection. */
  private render() {
    const target = (this.active = this.visibleSvg());
    const built = this.sceneFor(this.view);
    if (!target || !built) return;
    // Redrawing replaces the marks; keep keyboard focus on the selected one, waiting for it while it is merged.
    this.focusPending ||= target.contains(document.activeElement);
    const layers = chartLayers(built.scene, (id) => this.byId.get(id)!.meta);
    for (const [name, markup] of Object.entries(layers)) target.querySelector(`.tl-${name}`)!.innerHTML = markup;
    this.rove(target);
    if (this.focusPending && this.selected) {
      const mark = this.markOf(this.selected);
      // While an animation passes through a zoom where the event is merged, hold focus on its "+N" badge.
      const holder = mark ?? target.querySelector<SVGElement>(`.tl-more[data-ids~="${CSS.escape(this.selected)}"]`);
      holder?.focus({ preventScroll: true });
      if (mark) this.focusPending = false;
    }
  }

  /** Roving focus: one mark in the tab order (the selected one, or the first), arrows move between events. */
  private rove(target: SVGSVGElement) {
    const marks = [...target.querySelectorAll<SVGElement>('.tl-ev, .tl-more')];
    const current = marks.find((m) => m.dataset.id === this.selected) ?? marks[0];
    for (const mark of marks) {
      mark.setAttribute('tabindex', mark === current ? '0' : '-1');
      if (mark.classList.contains('tl-ev')) mark.setAttribute('aria-current', String(mark.dataset.id === this.selected));
    }
  }

  /** Select an event: bring it into view unmerged, show its card, mark it in the list and the address. */
  private select(id: string, options: { focus?: boolean; keepView?: boolean; updateUrl?: boolean } = {}) {
    if (!this.byId.has(id)) return;
    this.selected = id;
    if (!options.keepView || !this.isDrawn(id, this.view)) this.animateTo(this.viewShowing(id));
    else this.render();
    this.items.forEach((i) => i.li.toggleAttribute('aria-current', i.id === id));
    this.showCard(id);
    if (options.updateUrl !== false) history.replaceState(history.state, '', `#event-${id}`);
    if (options.focus) {
      this.focusPending = true;
      this.render();
    }
  }

  private markOf(id: string) {
    return this.active?.querySelector<SVGGraphicsElement>(`.tl-ev[data-id="${CSS.escape(id)}"]`) ?? null;
  }

  private isDrawn(id: string, view: View): boolean {
    return this.sceneFor(view)?.scene.marks.some((m) => m.id === id) ?? false;
  }

  /** The view that draws `id` as its own mark, centred, zooming in only as far as needed. */
  private viewShowing(id: string): View {
    if (this.isDrawn(id, this.view)) return this.view;
    const built = this.sceneFor(this.view);
    if (!built) return this.view;
    const x = positionOf(this.byId.get(id)!.t, built.eras);
    const width = built.scene.width;
    for (let k = this.view.k; k <= MAX_ZOOM; k *= 2) {
      const view = centredOn(x, k, width);
      if (this.isDrawn(id, view)) return view;
    }
    return centredOn(x, MAX_ZOOM, width);
  }

  private animateTo(target: View) {
    cancelAnimationFrame(this.animation);
    const from = this.view;
    if (reducedMotion() || (from.k === target.k && from.tx === target.tx)) {
      this.view = target;
      this.render();
      return;
    }
    const start = performance.now();
    const step = (now: number) => {
      const p = Math.min(1, (now - start) / 220);
      const ease = p * (2 - p);
      this.view = { k: from.k * (target.k / from.k) ** ease, tx: from.tx + (target.tx - from.tx) * ease };
      if (p === 1) this.view = target;
      this.render();
      if (p === 1) this.focusPending = false;
      if (p < 1) this.animation = requestAnimationFrame(step);
    };
    this.animation = requestAnimationFrame(step);
  }

  private zoomBy(factor: number, centre?: number) {
    const width = Number(this.active?.dataset.width ?? 0);
    const selectedX = this.selected ? this.markOf(this.selected)?.transform.baseVal[0]?.matrix.e : undefined;
    this.animateTo(zoomAbout(this.view, factor, centre ?? selectedX ?? width / 2, width));
  }

  /** Show an event's card (or the hint when none is selected). */
  private showCard(id?: string) {
    const card = this.querySelector<HTMLElement>('.tl-card')!;
    const item = id ? this.byId.get(id) : undefined;
    if (!item) {
      const hint = this.querySelector('.tl-hint');
      if (!hint) card.replaceChildren(this.hintNode);
      return;
    }
    if (!this.hintNode.isConnected && card.dataset.id === id) return;
    this.hintNode = this.querySelector('.tl-hint') ?? this.hintNode;
    card.dataset.id = id;
    card.replaceChildren(...eventCard(item.li, `${location.origin}${location.pathname}#event-${item.id}`));
  }
  private hintNode: Node = document.createElement('p');

  private onClick(e: MouseEvent) {
    const target = (e.target as Element).closest<SVGElement>('.tl-ev, .tl-more');
    if (!target) return;
    e.preventDefault();
    if (this.gestures.dragged) return;
    const id = target.dataset.id ?? target.dataset.ids?.split(' ')[0];
    if (id) this.select(id, { focus: true });
  }

  private onKey(e: KeyboardEvent) {
    if (!(e.target as Element).closest('.tl-svg')) return;
    const visible = this.visibleItems();
    const action = keyAction(
      e.key,
      visible.findIndex((i) => i.id === this.selected),
      visible.length,
    );
    if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    if (action.kind === 'zoom') this.zoomBy(action.factor);
    else if (visible[action.index]) this.select(visible[action.index].id, { focus: true });
    if (this.selected) queueMicrotask(() => this.markOf(this.selected!)?.focus());
  }

  private onFilter() {
    if (this.selected && !this.visibleItems().some((i) => i.id === this.selected)) this.selected = undefined;
    this.render();
    this.showCard(this.selected);
  }

  private reset() {
    this.querySelectorAll<HTMLInputElement>('input[data-filter]').forEach((i) => (i.checked = true));
    this.selected = undefined;
    this.items.forEach((i) => i.li.removeAttribute('aria-current'));
    this.animateTo({ k: 1, tx: 0 });
    this.showCard(undefined);
    if (location.hash.startsWith('#event-')) history.replaceState(history.state, '', location.pathname + location.search);
  }

  private fromHash() {
    const id = decodeURIComponent(location.hash).replace(/^#event-/, '');
    if (!location.hash.startsWith('#event-') || !this.byId.has(id)) return;
    this.select(id, { updateUrl: false });
    const list = this.querySelector<HTMLInputElement>('.tl-list-toggle')?.checked;
    (list ? this.byId.get(id)!.li : this.querySelector('.tl-chart'))?.scrollIntoView({ block: 'center' });
  }
}

if (!customElements.get('bl-timeline')) customElements.define('bl-timeline', BlTimeline);
