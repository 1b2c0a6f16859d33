import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { layerFilters, periodsShowing, type MapFilters } from '../../../src/lib/map/filters.ts';

/** Whether a layer's filter, as MapLibre evaluates it, lets a feature with these properties through. */
function shows(filters: MapFilters, layer: string, properties: Record<string, unknown>): boolean {
  const filter = featureFilter(layerFilters(filters)[layer], `layers.${layer}.filter`);
  return filter.filter({ zoom: 7 }, { type: 3, properties } as never);
}

const handover = { layer: 'area', id: 'kalbajar-handover', kind: 'handover', date: '2020-11-25' };
const claim = { layer: 'area', id: 'capture-armenian-account', kind: 'claim', side: 'armenia', date: '2021-05-27' };
const claimLabel = { ...claim, layer: 'area-label' };
const event = { layer: 'event', id: 'e', period: 'may-2021' };
const all: MapFilters = { highlight: [], period: null };

describe('the map filters, evaluated by MapLibre', () => {
  it('with every period chosen, draw every area and event', () => {
    expect(shows(all, 'handover-fill', handover)).toBe(true);
    expect(shows(all, 'claim-line-armenia', claim)).toBe(true);
    expect(shows(all, 'claim-line-other', claim), 'the Armenian account is not drawn dotted').toBe(false);
    expect(shows(all, 'event', event)).toBe(true);
  });

  it('draw only the areas that existed by the end of the chosen period', () => {
    const war = { highlight: [], period: 'war-2020' };
    expect(shows(war, 'handover-fill', handover), 'no handover before the ceasefire').toBe(false);
    expect(shows(war, 'area-label', { ...handover, layer: 'area-label' })).toBe(false);
    expect(shows({ highlight: [], period: 'handovers' }, 'handover-fill', handover)).toBe(true);
    expect(shows({ highlight: [], period: 'handovers' }, 'claim-fill', claim), 'no May 2021 claim in the winter').toBe(false);
    expect(shows({ highlight: [], period: 'may-2021' }, 'claim-fill', claim)).toBe(true);
    expect(shows(war, 'event', event)).toBe(false);
  });

  it('stop drawing an area after its last day, in periods that begin later', () => {
    const post = { layer: 'area', id: 'peacekeepers-command-post', kind: 'peacekeeping', date: '2020-11-13', until: '2024-06-12' };
    expect(shows({ highlight: [], period: 'after' }, 'peacekeeping-fill', post), 'still there in 2021–2023').toBe(true);
    expect(shows({ highlight: [], period: 'since-september-2023' }, 'peacekeeping-fill', post), 'there until June 2024').toBe(true);
    const corridor = { layer: 'area', id: 'lachin-corridor', kind: 'corridor', date: '2020-12-01', until: '2023-09-18' };
    expect(shows({ highlight: [], period: 'since-september-2023' }, 'corridor-fill', corridor), 'gone after September 2023').toBe(false);
    expect(shows({ highlight: [], period: 'since-september-2023' }, 'area-label', { ...corridor, layer: 'area-label' })).toBe(false);
    expect(shows(all, 'corridor-fill', corridor), 'every period: drawn').toBe(true);
    expect(periodsShowing('2020-12-01', '2023-09-18')).toEqual(['handovers', 'may-2021', 'after']);
  });

  it('draw an agreed stretch of border from its date, in its own layers', () => {
    const section = { layer: 'area', id: 'tavush-gazakh-section', kind: 'border-section', date: '2024-05-24' };
    expect(shows({ highlight: [], period: 'since-september-2023' }, 'border-section-fill', section)).toBe(true);
    expect(shows({ highlight: [], period: 'after' }, 'border-section-line', section)).toBe(false);
    expect(shows(all, 'handover-fill', section)).toBe(false);
  });

  it('outline the highlighted areas and move their labels to the top label layers', () => {
    const step = { highlight: ['capture-armenian-account'], period: null };
    expect(shows(step, 'area-highlight', claim)).toBe(true);
    expect(shows(step, 'area-highlight', handover)).toBe(false);
    expect(shows(step, 'area-label-highlight-beside', claimLabel), 'a claim is labelled beside its circle, on top').toBe(true);
    expect(shows(step, 'area-label-highlight', claimLabel)).toBe(false);
    expect(shows(step, 'area-label-beside', claimLabel)).toBe(false);
    expect(shows(step, 'area-label', { ...handover, layer: 'area-label' }), 'a district carries its label').toBe(true);
    expect(shows(step, 'area-label-beside', { ...handover, layer: 'area-label' })).toBe(false);
  });

  it('draw the 1994–2020 area for the periods that begin before the ceasefire, and when every period is chosen', () => {
    const held = { layer: 'karabakh-1994' };
    expect(shows(all, 'karabakh-1994', held)).toBe(true);
    expect(shows({ highlight: [], period: 'before-2020' }, 'karabakh-1994', held)).toBe(true);
    expect(shows({ highlight: [], period: 'war-2020' }, 'karabakh-1994', held)).toBe(true);
    expect(shows({ highlight: [], period: 'may-2021' }, 'karabakh-1994', held)).toBe(false);
  });

  it('draw an area without a date in every period', () => {
    expect(shows({ highlight: [], period: 'before-2020' }, 'corridor-fill', { layer: 'area', id: 'x', kind: 'corridor' })).toBe(true);
  });
});
