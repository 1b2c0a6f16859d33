import { z } from 'astro/zod';
import { idList, slugId } from './ids.ts';

/** One entry in content/glossary.yaml. */
export const glossaryTermSchema = z.strictObject({
  /** Stable id used by <Term id="…"> and in /glossary/#id, e.g. delimitation. */
  id: slugId,
  /** The term as shown, e.g. "Delimitation". */
  term: z.string().min(1),
  /** A plain-English definition in one to three sentences. */
  definition: z.string().min(1),
  /** Source ids supporting the definition (at least one). */
  sources: idList.min(1),
});
