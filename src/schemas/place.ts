import { z } from 'astro/zod';
import { idList, slugId } from './ids.ts';

/** What sort of place this is; decides its symbol on the map. */
export const PLACE_KINDS = ['capital', 'city', 'town', 'village', 'province', 'district', 'region', 'lake', 'mountain', 'corridor', 'border-area'] as const;

/** The internationally recognised country the place lies in (explain control and claims in `note`). */
export const COUNTRIES = ['armenia', 'azerbaijan', 'georgia', 'iran', 'turkey', 'russia', 'other'] as const;

/** One entry in content/places.yaml. */
export const placeSchema = z.strictObject({
  /** Stable id used in events and links, e.g. verin-shorzha. */
  id: slugId,
  /** The name used on this site in English, e.g. Shusha. */
  name: z.string().min(1),
  /** The other English form, shown beside the first mention, e.g. Shushi (omit when there is none). */
  altName: z.string().min(1).optional(),
  /** The name in Armenian script, where it is known. */
  hy: z.string().min(1).optional(),
  /** The name in Azerbaijani (Latin script), where it is known. */
  az: z.string().min(1).optional(),
  /** capital, city, town, village, province, district, region, lake, mountain, corridor or border-area. */
  kind: z.enum(PLACE_KINDS),
  /** Latitude in decimal degrees north, e.g. 40.0872. */
  lat: z.number().min(-90).max(90),
  /** Longitude in decimal degrees east, e.g. 45.8325. */
  lon: z.number().min(-180).max(180),
  /** Set to true for a place deliberately far from the South Caucasus (e.g. Moscow). */
  outsideRegion: z.boolean().default(false),
  /** armenia, azerbaijan, georgia, iran, turkey, russia or other. */
  country: z.enum(COUNTRIES),
  /** One or two sentences on why the place matters and who has controlled it. */
  note: z.string().min(1).optional(),
  /** Source ids for the coordinates and names. */
  sources: idList.default([]),
});

export type Place = z.infer<typeof placeSchema>;
