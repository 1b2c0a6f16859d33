// What the interactive map shows beyond its camera: which areas are outlined (a chapter step's highlights) and
// which period is chosen on /map/. A period shows its own events and only the areas that existed by its end: the
// districts handed over in November 2020 are not drawn on the map of the war, nor the May 2021 claims before May.
import type { FilterSpecification } from 'maplibre-gl';
import { PERIODS } from './periods.ts';

/** The view's outlined areas (ids), and the chosen period id (null: every period). */
export interface MapFilters {
  highlight: string[];
  period: string | null;
}

// Filters are written as plain arrays; MapLibre's tuple types are too strict to compose, and the contract test
// validates the finished style against the real style specification instead.
type Expression = unknown[];
export const layerIs = (name: string): Expression => ['==', ['get', 'layer'], name];
const kindIs = (kind: string): Expression => ['==', ['get', 'kind'], kind];

/** Area kinds large enough to carry their label on them; the others (claims, the command post) are labelled beside. */
export const CENTRED_LABEL_KINDS: readonly string[] = ['handover', 'corridor'];

/** The area-label layers, bottom to top: others' labels, then the highlighted ones (MapLibre places the top first). */
export const AREA_LABEL_LAYERS = ['area-label', 'area-label-beside', 'area-label-highlight', 'area-label-highlight-beside'] as const;

/** The layers that draw areas, and which areas each draws. */
const AREA_LAYERS: Record<string, Expression> = {
  'handover-fill': kindIs('handover'),
  'handover-line': kindIs('handover'),
  'corridor-fill': kindIs('corridor'),
  'peacekeeping-fill': kindIs('peacekeeping'),
  'peacekeeping-line': kindIs('peacekeeping'),
  'border-section-fill': kindIs('border-section'),
  'border-section-line': kindIs('border-section'),
  'claim-fill': kindIs('claim'),
  'claim-line-armenia': ['all', kindIs('claim'), ['==', ['get', 'side'], 'armenia']],
  'claim-line-other': ['all', kindIs('claim'), ['!=', ['get', 'side'], 'armenia']],
};

/** The last day the basemap's "held by Armenian forces, 1994–2020" area applies: the eve of the ceasefire. */
const HELD_1994_UNTIL = '2020-11-09';

/**
 * The periods in which an area is drawn: those ending on or after its `date` and, for an area that ended, those
 * beginning on or before its `until` (every period when it has neither).
 */
export function periodsShowing(date: string | undefined, until?: string): string[] {
  return PERIODS.filter((p) => (!date || p.end >= date) && (!until || p.start <= until)).map((p) => p.id);
}

/** The periods in which the 1994–2020 area is drawn: those beginning before the ceasefire. */
export const HELD_1994_PERIODS = PERIODS.filter((p) => p.start <= HELD_1994_UNTIL).map((p) => p.id);

/** Areas that existed at some time in `period`: begun by its last day and not ended before its first. */
function existingBy(period: string | null): Expression {
  const chosen = PERIODS.find((p) => p.id === period);
  if (!chosen) return ['literal', true];
  return [
    'all',
    ['any', ['!', ['has', 'date']], ['<=', ['get', 'date'], chosen.end]],
    ['any', ['!', ['has', 'until']], ['>=', ['get', 'until'], chosen.start]],
  ];
}

/**
 * The filter of every layer that depends on the view: area layers, the outline of highlighted areas, the
 * area-label layers (highlighted labels sit in the top ones, which MapLibre places first, so they are never
 * crowded out), the events, and the 1994–2020 area, shown only for periods that begin before the ceasefire.
 */
export function layerFilters({ highlight, period }: MapFilters): Record<string, FilterSpecification> {
  const dated = existingBy(period);
  const member = ['in', ['get', 'id'], ['literal', highlight]];
  const filters: Record<string, Expression> = {
    ...Object.fromEntries(Object.entries(AREA_LAYERS).map(([id, which]) => [id, ['all', layerIs('area'), which, dated]])),
    'area-highlight': ['all', layerIs('area'), member, dated],
    ...Object.fromEntries(
      AREA_LABEL_LAYERS.map((id) => {
        const centred = ['in', ['get', 'kind'], ['literal', CENTRED_LABEL_KINDS]];
        return [id, ['all', layerIs('area-label'), id.includes('highlight') ? member : ['!', member], id.endsWith('beside') ? ['!', centred] : centred, dated]];
      }),
    ),
    event: period ? ['all', layerIs('event'), ['==', ['get', 'period'], period]] : layerIs('event'),
    'karabakh-1994': ['all', layerIs('karabakh-1994'), ['literal', period === null || HELD_1994_PERIODS.includes(period)]],
  };
  return filters as unknown as Record<string, FilterSpecification>;
}

/** The filters a map starts with: nothing outlined, every period. */
export const INITIAL_FILTERS = layerFilters({ highlight: [], period: null });
