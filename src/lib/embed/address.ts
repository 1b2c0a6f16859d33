import { element } from '../markup.ts';

// Where the embeddable views live, and the code a teacher pastes into a learning platform. One rule: the embed of
// a chapter's section or map view is /embed/<chapter>/<its fragment>/, the same fragment that links to it on the
// chapter page, so a link and an embed of the same thing are named alike in every language edition.

/** The folder every embeddable view lives under; the only one the site lets other sites frame (dist/_headers). */
export const EMBED_FOLDER = 'embed';

/** /embed/<chapter>/<fragment>/ for a section (its heading id) or a map view (its map-<place> anchor). */
export function embedPath(base: string, chapter: string, fragment: string): string {
  return `${base}${EMBED_FOLDER}/${chapter}/${fragment}/`;
}

/** /embed/timeline/, or /embed/timeline/<chapter>/ for one chapter's timeline. Add #event-<id> for one event. */
export function embedTimelinePath(base: string, chapter?: string): string {
  return `${base}${EMBED_FOLDER}/timeline/${chapter ? `${chapter}/` : ''}`;
}

/** Frame heights in CSS pixels that show each kind of view without an inner scroll bar on a laptop. */
export const EMBED_HEIGHTS = { section: 720, map: 760, timeline: 820 } as const;

/**
 * The <iframe> a teacher pastes. The title names the frame for screen readers (WCAG 4.1.2); lazy loading keeps a
 * course page with several embeds light; clipboard-write lets the timeline's "copy link" button work inside it.
 */
export function embedCode(src: string, title: string, height: number): string {
  return element('iframe', { src, title, width: '100%', height, style: 'border:0', loading: 'lazy', allow: 'clipboard-write' });
}

/** Whether a page's path (with the base path) is an embeddable view. */
export function isEmbedPath(path: string, base = '/'): boolean {
  return path.startsWith(`${base}${EMBED_FOLDER}/`);
}

/** Which kind of view an embed path is: a section, a map view, the whole timeline or one chapter's. */
export function embedKind(path: string, base = '/'): 'section' | 'map' | 'timeline' | 'chapter-timeline' | undefined {
  if (!isEmbedPath(path, base)) return undefined;
  const [first, second] = path.slice(`${base}${EMBED_FOLDER}/`.length).split('/');
  if (first === 'timeline') return second ? 'chapter-timeline' : 'timeline';
  return second.startsWith('map-') ? 'map' : 'section';
}
