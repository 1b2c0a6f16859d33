// Map steps and deep links: how a step or a selected place is written in the URL.
import { SLUG_PATTERN } from '../slug.ts';

/** The link anchor of a <MapStep>: its own id if the editor gave one, else map-<place>. */
export const mapStepAnchor = (id: string | undefined, place: string): string => (id && id.trim() ? id.trim() : `map-${place}`);

/** The place id in a map page URL fragment such as #place=kalbajar, or undefined. */
export function placeFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get('place');
  return id && SLUG_PATTERN.test(id) ? id : undefined;
}

/** The URL fragment that opens the map page on a place. */
export const hashForPlace = (id: string): string => `#place=${id}`;

/** Split a space-separated list of ids, as editors write them in a prop. */
export const idsOf = (text: string | undefined): string[] => (text ?? '').split(/[\s,]+/).filter(Boolean);
