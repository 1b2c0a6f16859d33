import { z } from 'astro/zod';
import { partialDate } from './dates.ts';
import { slugId, webUrl } from './ids.ts';

/**
 * Who stands behind a source, so that readers and `npm run audit:balance` can see whose account a passage rests
 * on. The first five belong to one side of the conflict; the rest do not.
 */
export const ORIGINS = [
  'armenian-government',
  'karabakh-authorities',
  'armenian-media',
  'azerbaijani-government',
  'azerbaijani-media',
  'russian-state',
  'russian-media',
  'turkish-media',
  'foreign-government',
  'international-media',
  'intergovernmental',
  'ngo',
  'academic',
  'reference',
  'other',
] as const;
export type Origin = (typeof ORIGINS)[number];

/** The side of the conflict an origin speaks for, or null for third parties. */
export const SIDE_OF_ORIGIN: Record<Origin, 'armenia' | 'azerbaijan' | null> = {
  'armenian-government': 'armenia',
  'karabakh-authorities': 'armenia',
  'armenian-media': 'armenia',
  'azerbaijani-government': 'azerbaijan',
  'azerbaijani-media': 'azerbaijan',
  'russian-state': null,
  'russian-media': null,
  'turkish-media': null,
  'foreign-government': null,
  'international-media': null,
  intergovernmental: null,
  ngo: null,
  academic: null,
  reference: null,
  other: null,
};

/** Languages a source may be in, as BCP 47 codes: they become the `lang` of its title in the HTML. */
export const SOURCE_LANGUAGES = ['ar', 'az', 'de', 'es', 'fa', 'fr', 'hy', 'it', 'ka', 'pt', 'ro', 'ru', 'tr', 'uk'] as const;

/** One entry in content/sources.yaml: a document we rely on. Cite the original publisher, not a copy. */
export const sourceSchema = z.strictObject({
  /** Stable id used by <Cite ids="…"/> and in events, e.g. armenia-mod-2021-05-27. It starts with a letter: it is also the source's HTML id on /sources/. */
  id: slugId.regex(/^[a-z]/, { message: 'an id that starts with a letter, e.g. am301-2024-04-23-tavush rather than 301am-…' }),
  /** Who published it first, e.g. "Ministry of Defence of Armenia" or "AFP" — never the site that copied it. */
  publisher: z.string().min(1),
  /** Who the publisher is: one of ORIGINS, e.g. armenian-government, azerbaijani-media, international-media. */
  origin: z.enum(ORIGINS),
  /** Only for a copy: the site where we read the publisher's text, e.g. "The New Arab" for an AFP story. */
  via: z.string().min(1).optional(),
  /** The document's own title, as published. */
  title: z.string().min(1),
  /** Publication date: YYYY-MM-DD (or YYYY-MM / YYYY if that is all that is known). */
  date: partialDate,
  /** The address we read it at: the original's, or the copy's when `via` is set. */
  url: webUrl,
  /** An archived copy (e.g. a web archive snapshot), if there is one. */
  archived: webUrl.optional(),
  /** The author or authors, if named. */
  author: z.string().min(1).optional(),
  /** The language of the document when it is not English, as a code: ru, hy, az, fr, ar… */
  language: z.enum(SOURCE_LANGUAGES).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
