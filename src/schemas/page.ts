import { z } from 'astro/zod';
import { isoDay } from './dates.ts';

/** The frontmatter of a standalone page in content/pages/ (home, about). */
export const pageSchema = z.strictObject({
  /** The page title as readers see it. */
  title: z.string().min(1),
  /** One or two sentences used as the page description and, on the home page, as the standfirst. */
  description: z.string().min(1),
  /** The day the text last changed in substance, YYYY-MM-DD. */
  updated: isoDay,
});
