// The views a map can move to: one per <MapStep> of a chapter, one per place on the map page.
import type { MapArea } from '../../schemas/map-area.ts';
import type { Place } from '../../schemas/place.ts';
import type { MapStepProps } from '../mdx/remark-outline.ts';
import { cameraForPlace, REGION_CAMERA, type Camera } from './camera.ts';
import { describeView } from './describe.ts';
import { idsOf, mapStepAnchor } from './steps.ts';

/** One view: a key (step anchor or place id), a camera, areas to outline and a text description. */
export interface MapView {
  key: string;
  camera: Camera;
  highlight: string[];
  description: string;
}

const placeLabel = (p: Place) => `${p.name}${p.altName ? ` (${p.altName})` : ''}`;

/** The view of one step: its place at its zoom, with its highlighted areas named in the description. */
export function stepView(
  step: { place: string; zoom?: string; highlight?: string; id?: string },
  places: Map<string, Place>,
  areas: Map<string, MapArea>,
): MapView | undefined {
  const place = places.get(step.place);
  if (!place) return undefined;
  const zoom = step.zoom !== undefined && step.zoom.trim() !== '' ? Number(step.zoom) : undefined;
  const camera = cameraForPlace(place, Number.isFinite(zoom) ? zoom : undefined);
  const highlight = idsOf(step.highlight).filter((id) => areas.has(id));
  return {
    key: mapStepAnchor(step.id, step.place),
    camera,
    highlight,
    description: describeView({ placeName: placeLabel(place), camera, areaTitles: highlight.map((id) => areas.get(id)!.title) }),
  };
}

/** A chapter's map steps (from its outline), in order, with their places (unknown places are skipped: the check reports them). */
export function chapterSteps(
  steps: readonly MapStepProps[],
  places: Map<string, Place>,
  areas: Map<string, MapArea>,
): Array<{ view: MapView; place: Place; label: string }> {
  return steps.flatMap((step) => {
    const place = places.get(step.place);
    const view = stepView(step, places, areas);
    return view && place ? [{ view, place, label: placeLabel(place) }] : [];
  });
}

/** A chapter's map steps, in order, as views. */
export function chapterViews(steps: readonly MapStepProps[], places: Map<string, Place>, areas: Map<string, MapArea>): MapView[] {
  return chapterSteps(steps, places, areas).map((s) => s.view);
}

/** The event the whole site turns on: each side's account of where it happened is drawn as a claim area. */
export const CAPTURE_EVENT = '2021-05-27-six-soldiers-captured';

/** The claim areas that belong to one event: each side's version of where it happened. */
export function claimsOfEvent(areas: Iterable<MapArea>, eventId: string): MapArea[] {
  return [...areas].filter((a) => a.kind === 'claim' && a.event === eventId);
}

/** The first view that outlines every one of `areaIds` (the chapter step that shows both accounts), if any. */
export function viewOutlining(views: MapView[], areaIds: string[]): MapView | undefined {
  return areaIds.length === 0 ? undefined : views.find((v) => areaIds.every((id) => v.highlight.includes(id)));
}

/** The map page's views: the whole region, then one per place in the region. */
export function placeViews(places: Place[]): MapView[] {
  const region: MapView = {
    key: 'region',
    camera: REGION_CAMERA,
    highlight: [],
    description: describeView({ camera: REGION_CAMERA }) + ' All places and dated areas are shown.',
  };
  return [
    region,
    ...places
      .filter((p) => !p.outsideRegion)
      .map((p) => {
        const camera = cameraForPlace(p);
        return { key: p.id, camera, highlight: [], description: describeView({ placeName: placeLabel(p), camera }) };
      }),
  ];
}
