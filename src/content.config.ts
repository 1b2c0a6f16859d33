import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter.ts';
import { eventSchema } from './schemas/event.ts';
import { figureSchema } from './schemas/figure.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { mapAreaSchema } from './schemas/map-area.ts';
import { pageSchema } from './schemas/page.ts';
import { placeSchema } from './schemas/place.ts';
import { sourceSchema } from './schemas/source.ts';
import { teacherNotesSchema } from './schemas/teacher-notes.ts';
import { updateSchema } from './schemas/update.ts';

// Editors' files live outside src/. BORDER_LINES_CONTENT lets tests and benchmarks build other content.
const dir = process.env.BORDER_LINES_CONTENT ?? './content';

export const collections = {
  chapters: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${dir}/chapters` }), schema: chapterSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${dir}/pages` }), schema: pageSchema }),
  events: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${dir}/events` }), schema: eventSchema }),
  places: defineCollection({ loader: file(`${dir}/places.yaml`), schema: placeSchema }),
  sources: defineCollection({ loader: file(`${dir}/sources.yaml`), schema: sourceSchema }),
  glossary: defineCollection({ loader: file(`${dir}/glossary.yaml`), schema: glossaryTermSchema }),
  updates: defineCollection({ loader: file(`${dir}/updates.yaml`), schema: updateSchema }),
  figures: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${dir}/figures` }), schema: figureSchema }),
  areas: defineCollection({ loader: file(`${dir}/map/areas.yaml`), schema: mapAreaSchema }),
  teacherNotes: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${dir}/teachers` }), schema: teacherNotesSchema }),
};
