import { z } from 'astro/zod';
import { partialDate } from './dates.ts';
import { slugId, webUrl } from './ids.ts';

/** One entry in content/sources.yaml: a document we rely on. Cite the original publisher, not a copy. */
export const sourceSchema = z.strictObject({
  /** Stable id used by <Cite ids="…"/> and in events, e.g. armenia-mod-2021-05-27. */
  id: slugId,
  /** Who published it, e.g. "Ministry of Defence of Armenia" or "Associated Press". */
  publisher: z.string().min(1),
  /** The document's own title, as published. */
  title: z.string().min(1),
  /** Publication date: YYYY-MM-DD (or YYYY-MM / YYYY if that is all that is known). */
  date: partialDate,
  /** The address of the original. */
  url: webUrl,
  /** An archived copy (e.g. a web archive snapshot), if there is one. */
  archived: webUrl.optional(),
  /** The author or authors, if named. */
  author: z.string().min(1).optional(),
  /** The language of the document when it is not English, e.g. Armenian, Russian. */
  language: z.string().min(1).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
