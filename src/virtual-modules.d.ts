// Modules that Vite plugins write at build time (src/integrations/).

/** The map page's no-JavaScript period filter (src/integrations/virtual-css.ts). */
declare module 'virtual:map-periods.css';

/** The stylesheet's colour properties (src/integrations/virtual-css.ts). */
declare module 'virtual:colours.css';
