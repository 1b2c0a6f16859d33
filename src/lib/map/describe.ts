// The text description of a map view, read by screen readers (a live region) and shown under the map.
import { scaleWord, type Camera } from './camera.ts';

/** What a view shows, in one or two plain sentences. */
export function describeView(view: { placeName?: string; camera: Camera; areaTitles?: string[] }): string {
  const where = view.placeName ? `Map centred on ${view.placeName}, showing ${scaleWord(view.camera.zoom)}.` : `Map of ${scaleWord(view.camera.zoom)}.`;
  const areas = view.areaTitles?.length ? ` Highlighted: ${view.areaTitles.join('; ')}.` : '';
  return `${where}${areas}`;
}
