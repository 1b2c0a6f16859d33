// Map colours for each theme, taken from the site's colours (src/lib/colours.ts). The two sides are never told
// apart by colour: claim areas share one hue and differ by dash pattern and label.
import { DATA_COLOURS, MAP_COLOURS, SITE_COLOURS } from '../colours.ts';

/** The colours one theme of the map uses. */
export interface MapPalette {
  paper: string;
  land: string;
  neighbour: string;
  border: string;
  admin: string;
  water: string;
  ink: string;
  muted: string;
  halo: string;
  hatch: string;
  handover: string;
  claim: string;
  corridor: string;
  /** A stretch of border the two states agreed (Okabe–Ito reddish purple, as --color-data-purple). */
  section: string;
  event: string;
  /** The outline of an event's circle. */
  eventRing: string;
}

/** One theme's map colours, from the site's one list (src/lib/colours.ts), so the interactive map looks like the static one. */
function paletteFor(theme: 0 | 1): MapPalette {
  const site = (name: keyof typeof SITE_COLOURS) => SITE_COLOURS[name][theme];
  const map = (name: keyof typeof MAP_COLOURS) => MAP_COLOURS[name][theme];
  return {
    paper: site('paper'),
    land: site('paper-2'),
    neighbour: map('neighbour'),
    border: site('muted'),
    admin: map('admin'),
    water: map('water'),
    ink: site('ink'),
    muted: site('muted'),
    halo: site('paper'),
    hatch: map('hatch'),
    handover: DATA_COLOURS.orange,
    claim: map('claim'),
    corridor: DATA_COLOURS.green,
    section: DATA_COLOURS.purple,
    event: map('event'),
    eventRing: map('event-ring'),
  };
}

/** Light and dark palettes: muted land, thin borders, blue-grey water, Okabe–Ito for data. */
export const PALETTES: Record<'light' | 'dark', MapPalette> = { light: paletteFor(0), dark: paletteFor(1) };
