// What the interactive map costs a reader who asks for it on a phone, stated on the "Explore this map" buttons.
// A build test measures the real on-demand files (MapLibre, its worker and CSS, the geodata) against this figure.

/** The interactive map's download, gzipped, in MB, rounded to one decimal. */
export const ON_DEMAND_MB = 0.6;
