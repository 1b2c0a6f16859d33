// <bl-timeline>: enhances the build-time timeline (src/components/timeline/Timeline.astro) with event cards,
// zoom and pan (wheel, pinch, drag, buttons, keys), filters, deep links and a copy-link control. It redraws the
// SVG from the same pure scene the build used, so what it draws at zoom 1 is what the page already shows.
import type { Era } from '../lib/timeline/eras.ts';
import { positionOf } from '../lib/timeline/eras.ts';
import { AXIS_Y, buildScene, clampView, type Scene, type View } from '../lib/timeline/scene.ts';
import { SHAPES } from '../lib/timeline/shapes.ts';
import type { Category } from '../schemas/event.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const MAX_ZOOM = 64;

interface Item {
  id: string;
  t: number;
  cat: Category;
  ci: string;
  disputed: boolean;
  faint: boolean;
  label: string;
  title: string;
  li: HTMLLIElement;
}

/** An SVG element with attributes and children. */
function svg(tag: string, attrs: Record<string, string | number | undefined>, ...children: Array<Node | string>): SVGElement {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

class BlTimeline extends HTMLElement {
  private items: Item[] = [];
  private byId = new Map<string, Item>();
  private view: View = { k: 1, tx: 0 };
  private selected?: string;
  private active?: SVGSVGElement;
  private pointers = new Map<number, { x: number }>();
  private dragged = false;
  private focusPending = false;
  private animation = 0;
  private teardown: Array<() => void> = [];

  connectedCallback() {
    this.classList.add('is-enhanced');
    this.items = [...this.querySelectorAll<HTMLLIElement>('.tl-item')].map((li) => ({
      id: li.dataset.id!,
      t: Number(li.dataset.t),
      cat: li.dataset.cat as Category,
      ci: li.dataset.ci ?? '',
      disputed: li.hasAttribute('data-disputed'),
      faint: li.hasAttribute('data-faint'),
      label: li.dataset.label ?? '',
      title: li.dataset.title ?? '',
      li,
    }));
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
    this.on(chart, 'wheel', (e) => this.onWheel(e as WheelEvent), { passive: false });
    this.on(chart, 'pointerdown', (e) => this.onPointerDown(e as PointerEvent));
    this.on(chart, 'pointermove', (e) => this.onPointerMove(e as PointerEvent));
    for (const type of ['pointerup', 'pointercancel']) this.on(chart, type, (e) => this.pointers.delete((e as PointerEvent).pointerId));
    this.on(controls, 'change', () => this.onFilter());
    this.querySelectorAll('[data-reset]').forEach((b) => this.on(b, 'click', () => this.reset()));
    this.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((b) =>
      this.on(b, 'click', () => this.zoomBy(b.dataset.zoom === 'in' ? 2 : 0.5)),
    );
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
    const checked = (name: string) => new Set([...this.querySelectorAll<HTMLInputElement>(`input[data-filter="${name}"]:checked`)].map((i) => i.dataset.ci ?? i.value));
    const categories = checked('category');
    const hasChapters = this.querySelector('input[data-filter="chapter"]') !== null;
    const chapters = checked('chapter');
    return this.items.filter((i) => categories.has(i.cat) && (!hasChapters || chapters.has(i.ci)));
  }

  private sceneFor(view: View): { scene: Scene; eras: Era[] } | undefined {
    const target = this.active ?? this.visibleSvg();
    if (!target) return undefined;
    const eras = JSON.parse(target.dataset.eras ?? '[]') as Era[];
    const events = this.visibleItems().map((i) => ({ id: i.id, t: i.t, title: i.title, faint: i.faint }));
    return { scene: buildScene(events, eras, this.items.map((i) => i.t), Number(target.dataset.width), view), eras };
  }

  /** Redraw the active SVG for the current view, filters and selection. */
  private render() {
    const target = (this.active = this.visibleSvg());
    const built = this.sceneFor(this.view);
    if (!target || !built) return;
    // Redrawing replaces the marks; keep keyboard focus on the selected one, waiting for it while it is merged.
    this.focusPending ||= target.contains(document.activeElement);
    draw(target, built.scene, this.byId);
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
      const view = clampView({ k, tx: width / 2 - x * k }, width);
      if (this.isDrawn(id, view)) return view;
    }
    return clampView({ k: MAX_ZOOM, tx: width / 2 - x * MAX_ZOOM }, width);
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
    const cx = centre ?? selectedX ?? width / 2;
    const k = Math.min(MAX_ZOOM, Math.max(1, this.view.k * factor));
    this.animateTo(clampView({ k, tx: cx - (cx - this.view.tx) * (k / this.view.k) }, width));
  }

  /** Card content: a copy of the event's list entry, with a copy-link control. */
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
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.className = 'tl-button';
    copy.textContent = 'Copy link to this event';
    copy.addEventListener('click', async () => {
      const url = `${location.origin}${location.pathname}#event-${item.id}`;
      try {
        await navigator.clipboard.writeText(url);
        copy.textContent = 'Link copied';
      } catch {
        copy.textContent = 'Copy failed: the address bar has the link';
      }
    });
    const tools = document.createElement('div');
    tools.className = 'tl-card-tools';
    tools.append(copy);
    card.replaceChildren(...[...item.li.children].map((c) => c.cloneNode(true)), tools);
  }
  private hintNode: Node = document.createElement('p');

  private onClick(e: MouseEvent) {
    const target = (e.target as Element).closest<SVGElement>('.tl-ev, .tl-more');
    if (!target) return;
    e.preventDefault();
    if (this.dragged) return;
    const id = target.dataset.id ?? target.dataset.ids?.split(' ')[0];
    if (id) this.select(id, { focus: true });
  }

  private onKey(e: KeyboardEvent) {
    if (!(e.target as Element).closest('.tl-svg')) return;
    const visible = this.visibleItems();
    const index = visible.findIndex((i) => i.id === this.selected);
    const go = (i: number) => {
      const next = visible[Math.max(0, Math.min(visible.length - 1, i))];
      if (next) this.select(next.id, { focus: true });
    };
    const handled: Record<string, () => void> = {
      ArrowRight: () => go(index + 1),
      ArrowDown: () => go(index + 1),
      ArrowLeft: () => go(index < 0 ? 0 : index - 1),
      ArrowUp: () => go(index < 0 ? 0 : index - 1),
      Home: () => go(0),
      End: () => go(visible.length - 1),
      '+': () => this.zoomBy(2),
      '=': () => this.zoomBy(2),
      '-': () => this.zoomBy(0.5),
      _: () => this.zoomBy(0.5),
    };
    const action = handled[e.key];
    if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    action();
    if (this.selected) queueMicrotask(() => this.markOf(this.selected!)?.focus());
  }

  /** Wheel zooms when the chart holds focus, or with Ctrl/⌘ (trackpad pinch); otherwise the page scrolls. */
  private onWheel(e: WheelEvent) {
    if (!this.active || !(e.ctrlKey || e.metaKey || this.contains(document.activeElement))) return;
    e.preventDefault();
    const rect = this.active.getBoundingClientRect();
    const scale = Number(this.active.dataset.width) / rect.width;
    if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      this.view = clampView({ k: this.view.k, tx: this.view.tx - e.deltaX * scale }, Number(this.active.dataset.width));
      this.render();
      return;
    }
    const width = Number(this.active.dataset.width);
    const cx = (e.clientX - rect.left) * scale;
    const k = Math.min(MAX_ZOOM, Math.max(1, this.view.k * Math.exp(-e.deltaY / 300)));
    this.view = clampView({ k, tx: cx - (cx - this.view.tx) * (k / this.view.k) }, width);
    this.render();
  }

  private onPointerDown(e: PointerEvent) {
    if (!(e.target as Element).closest('.tl-svg')) return;
    this.pointers.set(e.pointerId, { x: e.clientX });
    this.dragged = false;
  }

  /** One pointer pans, two pinch-zoom around their midpoint. */
  private onPointerMove(e: PointerEvent) {
    const previous = this.pointers.get(e.pointerId);
    if (!previous || !this.active) return;
    const rect = this.active.getBoundingClientRect();
    const width = Number(this.active.dataset.width);
    const scale = width / rect.width;
    if (this.pointers.size === 1) {
      const dx = e.clientX - previous.x;
      if (Math.abs(dx) < 3 && !this.dragged) return;
      this.dragged = true;
      this.view = clampView({ k: this.view.k, tx: this.view.tx + dx * scale }, width);
    } else {
      const other = [...this.pointers.entries()].find(([id]) => id !== e.pointerId)?.[1];
      if (!other) return;
      const before = Math.abs(previous.x - other.x);
      const after = Math.abs(e.clientX - other.x);
      if (before < 10) return;
      this.dragged = true;
      const cx = ((e.clientX + other.x) / 2 - rect.left) * scale;
      const k = Math.min(MAX_ZOOM, Math.max(1, this.view.k * (after / before)));
      this.view = clampView({ k, tx: cx - (cx - this.view.tx) * (k / this.view.k) }, width);
    }
    this.pointers.set(e.pointerId, { x: e.clientX });
    this.render();
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

/** Redraw one SVG from a scene: the same elements and classes as TimelineChart.astro. */
function draw(target: SVGSVGElement, scene: Scene, byId: Map<string, Item>) {
  const layer = (name: string) => target.querySelector(`.${name}`)!;
  layer('tl-eras').replaceChildren(
    ...scene.eras.map((era) =>
      svg(
        'g',
        {},
        ...(era.kind === 'dense' ? [svg('rect', { class: 'tl-era-band', x: era.x0, y: 0, width: era.x1 - era.x0, height: AXIS_Y })] : []),
        svg('line', { class: 'tl-axis-line', x1: era.x0, x2: era.x1, y1: AXIS_Y, y2: AXIS_Y }),
        ...(era.labelX !== undefined ? [svg('text', { class: 'tl-era-label', x: era.labelX, y: AXIS_Y + 38, 'text-anchor': 'middle' }, era.label)] : []),
      ),
    ),
    ...scene.breaks.map((x) => svg('path', { class: 'tl-break', d: `M${x - 6},${AXIS_Y + 6}l5,-12M${x + 1},${AXIS_Y + 6}l5,-12` })),
  );
  layer('tl-ticks').replaceChildren(
    ...scene.ticks.map((tick) =>
      svg('g', { transform: `translate(${tick.x} ${AXIS_Y})` }, svg('line', { y2: 5 }), svg('text', { y: 18, 'text-anchor': 'middle' }, tick.label)),
    ),
  );
  layer('tl-labels').replaceChildren(
    ...scene.labels.map((l) =>
      svg(
        'g',
        { class: byId.get(l.id)?.faint ? 'tl-label tl-faint' : 'tl-label', 'data-id': l.id },
        svg('line', { x1: l.anchorX, x2: l.anchorX, y1: l.leaderTop, y2: l.leaderBottom }),
        svg('text', { x: l.align === 'start' ? l.x0 : l.x1, y: l.y, 'text-anchor': l.align }, l.text),
      ),
    ),
  );
  const hit = () => svg('rect', { class: 'tl-hit', x: -11, y: -11, width: 22, height: 22 });
  layer('tl-marks').replaceChildren(
    ...scene.marks.map((m) => {
      const item = byId.get(m.id)!;
      const classes = ['tl-ev', `tl-cat-${item.cat}`, item.disputed ? 'tl-disputed' : '', item.faint ? 'tl-faint' : ''].filter(Boolean).join(' ');
      return svg(
        'a',
        { href: `#event-${m.id}`, class: classes, 'data-id': m.id, 'data-ci': item.ci, transform: `translate(${m.x} ${m.y})`, 'aria-label': item.label },
        hit(),
        svg('path', { class: 'tl-shape', d: SHAPES[item.cat] }),
      );
    }),
    ...scene.counts.map((c) =>
      svg(
        'a',
        {
          href: `#event-${c.ids[0]}`,
          class: 'tl-more',
          'data-ids': c.ids.join(' '),
          transform: `translate(${c.x} ${c.y})`,
          'aria-label': `${c.ids.length} more events: zoom in or open the list`,
        },
        hit(),
        svg('rect', { class: 'tl-more-bg', x: -11, y: -9, width: 22, height: 18, rx: 9 }),
        svg('text', { y: 4, 'text-anchor': 'middle' }, `+${c.ids.length}`),
      ),
    ),
  );
}

if (!customElements.get('bl-timeline')) customElements.define('bl-timeline', BlTimeline);
