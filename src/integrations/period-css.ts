import type { Plugin } from 'vite';
import { periodFilterCss } from '../lib/map/periods.ts';

const ID = 'virtual:map-periods.css';
const RESOLVED = `\0${ID}`;

/**
 * A Vite plugin: `import 'virtual:map-periods.css'` gives the map page's no-JavaScript period filter, written from
 * the periods in src/lib/map/periods.ts (a stylesheet cannot be written inline: the CSP allows only files).
 */
export function periodCss(): Plugin {
  return {
    name: 'border-lines:period-css',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? periodFilterCss() : undefined),
  };
}
