import { z } from 'astro/zod';
import { REGION_BOUNDS } from '../lib/map/region.ts';
import admin1Ids from '../data/geo/admin1-ids.json' with { type: 'json' };
import { SIDES } from './claim.ts';
import { isoDay } from './dates.ts';
import { idList, slugId } from './ids.ts';

/**
 * What an area on the map shows: one side's claim, a district handed over, a corridor, a reported site of the
 * Russian peacekeeping mission, or where a stretch of border was agreed (delimited) between the two states.
 */
export const AREA_KINDS = ['claim', 'handover', 'corridor', 'peacekeeping', 'border-section'] as const;

/** District and province ids of the basemap (src/data/geo/admin1-ids.json, written by npm run geodata). */
export const DISTRICT_IDS = admin1Ids as string[];

const latitude = z.number().min(REGION_BOUNDS.lat[0]).max(REGION_BOUNDS.lat[1]);
const longitude = z.number().min(REGION_BOUNDS.lon[0]).max(REGION_BOUNDS.lon[1]);

/**
 * One area in content/map/areas.yaml: a place that cannot honestly be a point. Its shape is exactly one of a
 * district of the basemap, a circle (lat, lon, radiusKm) or a path of points with a width (path, widthKm).
 */
export const mapAreaSchema = z
  .strictObject({
    /** Stable id used in <MapStep highlight="…">, e.g. capture-armenian-account. */
    id: slugId,
    /** The label shown on the map and in the legend, e.g. "Armenian account: about 800 m inside Armenia". */
    title: z.string().min(1).max(90),
    /** claim (one side's version of where something happened), handover (a district changing hands), corridor, or peacekeeping (a reported site of the Russian mission). */
    kind: z.enum(AREA_KINDS),
    /** The day it applies from, YYYY-MM-DD, e.g. the handover date. */
    date: isoDay.optional(),
    /** The last day it applied, YYYY-MM-DD, for what no longer exists (the peacekeepers' post after they left). */
    until: isoDay.optional(),
    /** For claims: whose version it is (armenia, azerbaijan or third-party). */
    side: z.enum(SIDES).optional(),
    /** For claims: who said it, e.g. "Armenia's Ministry of Defence". */
    by: z.string().min(1).optional(),
    /** The event id this area belongs to, e.g. 2021-05-27-six-soldiers-captured. */
    event: z.string().min(1).optional(),
    /** Shape 1: a district or province id of the basemap, e.g. kalbajar. */
    district: z.enum(DISTRICT_IDS as [string, ...string[]]).optional(),
    /** Shape 2: the centre's latitude (decimal degrees north); with lon and radiusKm. */
    lat: latitude.optional(),
    /** Shape 2: the centre's longitude (decimal degrees east). */
    lon: longitude.optional(),
    /** Shape 2: how far the area reaches from its centre, in km; make it as large as the uncertainty. */
    radiusKm: z.number().min(0.2).max(50).optional(),
    /** Shape 3: points along a road or line, each [lat, lon]. */
    path: z
      .array(z.tuple([latitude, longitude]))
      .min(2)
      .optional(),
    /** Shape 3: the width of the strip along the path, in km. */
    widthKm: z.number().min(0.2).max(50).optional(),
    /** One or two sentences shown with the area: what it is based on and how approximate it is. */
    note: z.string().min(1),
    /** Source ids (at least one). */
    sources: idList.min(1),
  })
  .refine(
    (a) =>
      [a.district !== undefined, a.radiusKm !== undefined || a.lat !== undefined || a.lon !== undefined, a.path !== undefined].filter(Boolean).length === 1,
    {
      message: 'exactly one shape: district, or lat + lon + radiusKm, or path + widthKm',
      path: ['district'],
    },
  )
  .refine(
    (a) => (a.lat === undefined && a.lon === undefined && a.radiusKm === undefined) || (a.lat !== undefined && a.lon !== undefined && a.radiusKm !== undefined),
    {
      message: 'lat, lon and radiusKm together, for a circle',
      path: ['radiusKm'],
    },
  )
  .refine((a) => a.path === undefined || a.widthKm !== undefined, { message: 'a width in km for the path', path: ['widthKm'] })
  .refine((a) => a.until === undefined || a.date === undefined || a.until >= a.date, { message: 'a day on or after date', path: ['until'] })
  .refine((a) => a.kind !== 'claim' || (a.side !== undefined && a.by !== undefined), {
    message: 'side and by, because kind is claim: every claim is attributed',
    path: ['side'],
  })
  .refine((a) => a.kind !== 'claim' || a.district === undefined, {
    message: 'a circle (lat, lon, radiusKm), not a district: a claim is drawn as an approximate area',
    path: ['district'],
  });

export type MapArea = z.infer<typeof mapAreaSchema>;
