// Every colour the site uses, once: the page's tokens, the Okabe–Ito data colours and the map's own, each as a
// light and a dark value. The stylesheet's custom properties are written from this file (src/integrations/
// virtual-css.ts), and the interactive map, the preview images and the browser's theme colour read it directly.
// The two sides of the conflict are never told apart by colour: labels, dash patterns and position carry them.

/** A colour in the light theme and in the dark one. */
export type ThemePair = readonly [light: string, dark: string];

/** The page: paper, ink and the few accents (semantic names; components never name a raw colour). */
export const SITE_COLOURS = {
  paper: ['#fbfaf7', '#15161a'],
  'paper-2': ['#f1eee7', '#1f2127'],
  ink: ['#1d1c1a', '#ebe8e1'],
  muted: ['#57534b', '#b4ada1'],
  rule: ['#d6d1c6', '#3b3d44'],
  accent: ['#0b57a4', '#8fc1ff'],
  'accent-soft': ['#e3ecf6', '#1d2a3b'],
  focus: ['#b35900', '#ffb25c'],
} as const satisfies Record<string, ThemePair>;

/** Okabe–Ito, colour-blind safe, for data; always doubled by shape or label where used. Same in both themes. */
export const DATA_COLOURS = {
  orange: '#e69f00',
  sky: '#56b4e9',
  green: '#009e73',
  yellow: '#f0e442',
  blue: '#0072b2',
  vermillion: '#d55e00',
  purple: '#cc79a7',
} as const;

/** Paper: white page, black text, grey answer lines; and text set on a data colour's fill (both themes). */
export const FIXED_COLOURS = {
  'print-paper': '#fff',
  'print-ink': '#000',
  'print-line': '#999',
  'on-fill': '#fff',
} as const;

/** The map's base layers and marks, in the static SVG and the interactive map alike. */
export const MAP_COLOURS = {
  neighbour: ['#e4e0d6', '#1b1c21'],
  water: ['#b7cbd6', '#2f4150'],
  river: ['#8fb0c2', '#3e566a'],
  admin: ['#c9c2b4', '#3b3d44'],
  hatch: ['#a39b8d', '#5a564f'],
  claim: [DATA_COLOURS.blue, DATA_COLOURS.sky],
  'event-ring': ['#b34e00', DATA_COLOURS.orange],
  event: [DATA_COLOURS.vermillion, DATA_COLOURS.vermillion],
} as const satisfies Record<string, ThemePair>;

/**
 * The custom properties the stylesheet uses: --bl-<name> for the page, --bl-data-<name> and --map-<name>,
 * each light-dark() so that the reader's or the system's colour scheme picks the value.
 */
export function colourCss(): string {
  const pair = ([light, dark]: ThemePair) => `light-dark(${light}, ${dark})`;
  const lines = [
    ...Object.entries(SITE_COLOURS).map(([name, value]) => `  --bl-${name}: ${pair(value)};`),
    ...Object.entries(DATA_COLOURS).map(([name, value]) => `  --bl-data-${name}: ${value};`),
    ...Object.entries(FIXED_COLOURS).map(([name, value]) => `  --bl-${name}: ${value};`),
    ...Object.entries(MAP_COLOURS).map(([name, value]) => `  --map-${name}: ${pair(value)};`),
  ];
  return `:root {\n${lines.join('\n')}\n}\n`;
}
