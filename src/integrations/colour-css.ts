import type { Plugin } from 'vite';
import { colourCss } from '../lib/colours.ts';

const ID = 'virtual:colours.css';
const RESOLVED = `\0${ID}`;

/** A Vite plugin: `import 'virtual:colours.css'` gives the stylesheet's colour properties, from src/lib/colours.ts. */
export function colourCssPlugin(): Plugin {
  return {
    name: 'border-lines:colour-css',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? colourCss() : undefined),
  };
}
