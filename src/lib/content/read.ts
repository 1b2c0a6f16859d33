import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ContentText, ContentTexts } from './validate.ts';

/** The folder editors work in; BORDER_LINES_CONTENT points elsewhere (tests and the scaling benchmark use it). */
export function contentDirectory(root = process.cwd()): string {
  return resolve(root, process.env.BORDER_LINES_CONTENT ?? 'content');
}

/** Read every file editors can write, in a stable order, with paths relative to `root` for messages. */
export function readContentTexts(dir = contentDirectory(), root = process.cwd()): ContentTexts {
  const read = (path: string): ContentText => ({ path: relative(root, path), text: readFileSync(path, 'utf8') });
  const folder = (name: string, pattern: RegExp) => {
    const path = join(dir, name);
    if (!existsSync(path)) return [];
    return readdirSync(path)
      .filter((f) => pattern.test(f))
      .sort()
      .map((f) => read(join(path, f)));
  };
  const single = (name: string) => (existsSync(join(dir, name)) ? read(join(dir, name)) : undefined);
  return {
    chapters: folder('chapters', /\.mdx?$/),
    pages: folder('pages', /\.mdx?$/),
    events: folder('events', /\.ya?ml$/),
    figures: folder('figures', /\.ya?ml$/),
    teachers: folder('teachers', /\.ya?ml$/),
    places: single('places.yaml'),
    sources: single('sources.yaml'),
    glossary: single('glossary.yaml'),
    updates: single('updates.yaml'),
    areas: single('map/areas.yaml'),
  };
}
