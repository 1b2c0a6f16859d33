import type { Plugin } from 'vite';
import { colourCss } from '../lib/colours.ts';
import { periodFilterCss } from '../lib/map/periods.ts';

/**
 * Stylesheets written at build time from the site's own data, as Vite virtual modules, because the Content
 * Security Policy allows no inline style: `import 'virtual:<name>.css'` in a component puts one in that page's
 * stylesheet file. Their types are declared in src/virtual-modules.d.ts.
 */
const SHEETS: Record<string, () => string> = {
  // The colour properties (--bl-*, --map-*), from src/lib/colours.ts; imported by PageHead.astro.
  'virtual:colours.css': colourCss,
  // The map page's period filter without JavaScript, from src/lib/map/periods.ts; imported by /map/.
  'virtual:map-periods.css': periodFilterCss,
};

export function virtualCss(): Plugin {
  return {
    name: 'border-lines:virtual-css',
    resolveId: (id) => (id in SHEETS ? `\0${id}` : undefined),
    load: (id) => (id.startsWith('\0') && id.slice(1) in SHEETS ? SHEETS[id.slice(1)]() : undefined),
  };
}
