import { escapeXml } from '../markup.ts';

/** One drawn element of a figure; a layout is a list of these, so drawing is a pure function of (data, width). */
export type Mark =
  | { type: 'rect'; x: number; y: number; width: number; height: number; className: string }
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; className: string }
  | { type: 'path'; d: string; className: string; transform?: string }
  | { type: 'text'; x: number; y: number; text: string; className: string; anchor?: 'start' | 'middle' | 'end' };

/** A figure laid out for one width: its marks and the height they need. */
export interface FigureLayout {
  width: number;
  height: number;
  marks: Mark[];
}

const round = (n: number) => Math.round(n * 10) / 10;

function markToSvg(mark: Mark): string {
  const cls = `class="${mark.className}"`;
  switch (mark.type) {
    case 'rect':
      return `<rect ${cls} x="${round(mark.x)}" y="${round(mark.y)}" width="${round(Math.max(0, mark.width))}" height="${round(mark.height)}"/>`;
    case 'line':
      return `<line ${cls} x1="${round(mark.x1)}" y1="${round(mark.y1)}" x2="${round(mark.x2)}" y2="${round(mark.y2)}"/>`;
    case 'path':
      return `<path ${cls} d="${mark.d}"${mark.transform ? ` transform="${mark.transform}"` : ''}/>`;
    case 'text':
      return `<text ${cls} x="${round(mark.x)}" y="${round(mark.y)}"${mark.anchor && mark.anchor !== 'start' ? ` text-anchor="${mark.anchor}"` : ''}>${escapeXml(mark.text)}</text>`;
  }
}

/**
 * The SVG markup of a layout. It scales with its container (viewBox, no fixed size); colours come from CSS classes
 * because the Content Security Policy forbids style attributes. `label` is what screen readers announce.
 */
export function layoutToSvg(layout: FigureLayout, label: string, className: string): string {
  const body = layout.marks.map(markToSvg).join('');
  return `<svg class="${className}" viewBox="0 0 ${layout.width} ${round(layout.height)}" role="img" aria-label="${escapeXml(label)}">${body}</svg>`;
}
