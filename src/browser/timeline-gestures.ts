// Wheel, drag and pinch on the timeline chart, turned into new views (src/lib/timeline/zoom.ts does the maths).
import type { View } from '../lib/timeline/scene.ts';
import { panBy, zoomAbout } from '../lib/timeline/zoom.ts';

/** What the gestures need from the timeline: the drawn SVG, the current view, and a way to show a new one. */
export interface GestureTarget {
  svg(): SVGSVGElement | undefined;
  view(): View;
  show(view: View): void;
  /** Whether the chart holds keyboard focus (then the wheel zooms without a modifier key). */
  holdsFocus(): boolean;
}

export class ChartGestures {
  /** Whether the last pointer press moved the chart, so that its click is not also a selection. */
  dragged = false;
  private pointers = new Map<number, { x: number }>();

  constructor(private target: GestureTarget) {}

  /** The drawing's width in its own px, where it sits, and drawing px per screen px. */
  private frame() {
    const svg = this.target.svg();
    if (!svg) return undefined;
    const rect = svg.getBoundingClientRect();
    const width = Number(svg.dataset.width);
    return { rect, width, scale: width / rect.width };
  }

  /** Wheel zooms when the chart holds focus, or with Ctrl/⌘ (trackpad pinch); otherwise the page scrolls. */
  wheel(e: WheelEvent) {
    const frame = this.frame();
    if (!frame || !(e.ctrlKey || e.metaKey || this.target.holdsFocus())) return;
    e.preventDefault();
    const view = this.target.view();
    if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) this.target.show(panBy(view, -e.deltaX * frame.scale, frame.width));
    else this.target.show(zoomAbout(view, Math.exp(-e.deltaY / 300), (e.clientX - frame.rect.left) * frame.scale, frame.width));
  }

  down(e: PointerEvent) {
    if (!(e.target as Element).closest('.tl-svg')) return;
    this.pointers.set(e.pointerId, { x: e.clientX });
    this.dragged = false;
  }

  up(e: PointerEvent) {
    this.pointers.delete(e.pointerId);
  }

  /** One pointer pans, two pinch-zoom around their midpoint. */
  move(e: PointerEvent) {
    const previous = this.pointers.get(e.pointerId);
    const frame = this.frame();
    if (!previous || !frame) return;
    const view = this.target.view();
    if (this.pointers.size === 1) {
      const dx = e.clientX - previous.x;
      if (Math.abs(dx) < 3 && !this.dragged) return;
      this.dragged = true;
      this.target.show(panBy(view, dx * frame.scale, frame.width));
    } else {
      const other = [...this.pointers.entries()].find(([id]) => id !== e.pointerId)?.[1];
      if (!other) return;
      const before = Math.abs(previous.x - other.x);
      if (before < 10) return;
      this.dragged = true;
      const centre = ((e.clientX + other.x) / 2 - frame.rect.left) * frame.scale;
      this.target.show(zoomAbout(view, Math.abs(e.clientX - other.x) / before, centre, frame.width));
    }
    this.pointers.set(e.pointerId, { x: e.clientX });
  }
}
