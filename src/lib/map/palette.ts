// Map colours for each theme, matching the site's tokens (src/styles/global.css). The two sides are never told
// apart by colour: claim areas share one hue and differ by dash pattern and label.

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
}

/** Light and dark palettes: muted land, thin borders, blue-grey water, Okabe–Ito for data. */
export const PALETTES: Record<'light' | 'dark', MapPalette> = {
  light: {
    paper: '#fbfaf7',
    land: '#f1eee7',
    neighbour: '#e4e0d6',
    border: '#57534b',
    admin: '#b9b2a4',
    water: '#b7cbd6',
    ink: '#1d1c1a',
    muted: '#57534b',
    halo: '#fbfaf7',
    hatch: '#8a8275',
    handover: '#e69f00',
    claim: '#0072b2',
    corridor: '#009e73',
    section: '#cc79a7',
    event: '#d55e00',
  },
  dark: {
    paper: '#15161a',
    land: '#23252b',
    neighbour: '#1b1c21',
    border: '#b4ada1',
    admin: '#4a4d55',
    water: '#2f4150',
    ink: '#ebe8e1',
    muted: '#b4ada1',
    halo: '#15161a',
    hatch: '#6f6a61',
    handover: '#e69f00',
    claim: '#56b4e9',
    corridor: '#009e73',
    section: '#cc79a7',
    event: '#e69f00',
  },
};
