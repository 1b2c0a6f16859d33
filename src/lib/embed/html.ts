// Cutting an embeddable piece out of a chapter the site has already rendered. The input is the build's own HTML
// (the chapter body as Astro rendered it), never an editor's text, so a few exact patterns are enough.
import type { NumberedSource } from '../citations.ts';

/** Where the section headed by `id` starts and ends, as offsets into the rendered body; undefined if absent. */
function sectionRange(html: string, sectionIds: readonly string[], id: string): [number, number] | undefined {
  const at = (heading: string) => html.search(new RegExp(`<h2 id="${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  const start = at(id);
  if (start < 0) return undefined;
  const ends = sectionIds.map(at).filter((i) => i > start);
  return [start, ends.length > 0 ? Math.min(...ends) : html.length];
}

/**
 * One section of a rendered chapter: from its <h2> to the next section's <h2>, or to the end of the body.
 * `sectionIds` are the ids of the chapter's level-2 headings in any order (headings inside boxes such as the key
 * facts are not sections and do not end one).
 */
export function sectionHtml(html: string, sectionIds: readonly string[], id: string): string | undefined {
  const range = sectionRange(html, sectionIds, id);
  return range && html.slice(...range);
}

/** The section that contains the element with this id (a map step's anchor, say), if any. */
export function sectionContaining(html: string, sectionIds: readonly string[], elementId: string): string | undefined {
  const at = html.indexOf(` id="${elementId}"`);
  if (at < 0) return undefined;
  return sectionIds.find((id) => {
    const range = sectionRange(html, sectionIds, id);
    return !!range && range[0] <= at && at < range[1];
  });
}

/**
 * The chapter's numbered sources that a piece of it cites, keeping the chapter's numbers (so "[3]" in the piece
 * is source 3 below it) and only the back-links whose citation marks are in the piece.
 */
export function citationsIn(html: string, citations: readonly NumberedSource[]): NumberedSource[] {
  return citations.map((c) => ({ ...c, refIds: c.refIds.filter((ref) => html.includes(` id="${ref}"`)) })).filter((c) => c.refIds.length > 0);
}

/**
 * Links for a page shown inside another site's frame: a link within the page (#…) stays in the frame; every other
 * link opens in a new tab, because a learning platform's frame is no place to read the rest of the site, and many
 * platforms do not let a frame navigate the page around it.
 */
export function openLinksOutside(html: string): string {
  return html.replace(/<a (?![^>]*\btarget=)([^>]*\bhref="(?!#)[^"]*"[^>]*)>/g, '<a target="_blank" rel="noopener" $1>');
}

/** The whole element with this id (its tag, contents and closing tag), counting nested elements of the same tag. */
export function elementHtml(html: string, id: string): string | undefined {
  const open = new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*\\sid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`).exec(html);
  if (!open) return undefined;
  const tag = open[1];
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  tags.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(open.index, m.index + m[0].length);
  }
  return undefined;
}

/** The piece without its first element of this tag (a map step's own small map, when a larger one is shown). */
export function withoutFirst(html: string, tag: string): string {
  const start = html.indexOf(`<${tag}`);
  const end = html.indexOf(`</${tag}>`, start);
  return start < 0 || end < 0 ? html : html.slice(0, start) + html.slice(end + tag.length + 3);
}
