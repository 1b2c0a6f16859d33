import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../lib/slug.ts';

/** An identifier editors type and links use: lower-case letters, digits and hyphens, e.g. `verin-shorzha`. */
export const slugId = z.string().regex(SLUG_PATTERN, { message: 'lower-case letters, digits and single hyphens, e.g. verin-shorzha' });

/** A list of ids; in YAML either `[a, b]` or one per line with a dash. */
export const idList = z.array(slugId);

/** A web address starting with https:// (or http:// for old sites). */
export const webUrl = z.url({ protocol: /^https?$/, message: 'a full web address starting with https://' });
