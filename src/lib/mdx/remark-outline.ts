// What pages need to know about a chapter's MDX, collected once while remark parses it, instead of re-reading the
// text with regular expressions at render time: its map steps, the sources it cites and the figures it shows.
// Pages read it from render(entry).remarkPluginFrontmatter.outline (src/data/content.ts: getOutline).
import { citingProp } from './components.ts';
import { isJsx, stringAttribute, walk, type MdNode } from './tree.ts';
import { splitIds } from './usages.ts';

/** A <MapStep>'s props as the editor wrote them. */
export interface MapStepProps {
  place: string;
  zoom?: string;
  highlight?: string;
  id?: string;
}

/** Running text as plain words, with each <Place> kept as its id so a page can print the place's name. */
export type TextPart = string | { place: string };

/** One side's account in a <Claims> pair. */
export interface ClaimOutline {
  side: string;
  by: string;
  sources: string[];
  text: TextPart[];
}

/** A chapter's outline: map steps in order, cited source ids (first citation first), figure ids, each <Claims>
 * pair and the lines of its key facts box ("When: …" as label and text). */
export interface Outline {
  mapSteps: MapStepProps[];
  sources: string[];
  figures: string[];
  claimPairs: Array<{ label: string; claims: ClaimOutline[] }>;
  keyFacts: Array<{ label: string; text: TextPart[] }>;
}

/** The words of a node: text and code as written, a <Place> as its id, citation marks left out. */
function textParts(node: MdNode): TextPart[] {
  if (node.type === 'text' || node.type === 'inlineCode') return [node.value ?? ''];
  if (node.type === 'break') return [' '];
  if (isJsx(node) && node.name === 'Place') return [{ place: stringAttribute(node, 'id') ?? '' }];
  if (isJsx(node) && node.name === 'Cite') return [];
  const parts = (node.children ?? []).flatMap((child) => textParts(child));
  // Paragraphs and list items are separate blocks: keep a space between them.
  return node.type === 'paragraph' || node.type === 'listItem' ? [...parts, ' '] : parts;
}

/** Plain text from parts, each place written as `placeName` gives it, spaces collapsed. */
export function partsToText(parts: readonly TextPart[], placeName: (id: string) => string = (id) => id): string {
  return parts
    .map((p) => (typeof p === 'string' ? p : placeName(p.place)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A key facts line: its bold label without the colon, and the rest. */
function keyFact(item: MdNode): { label: string; text: TextPart[] } {
  const inline = (item.children ?? []).flatMap((child) => (child.type === 'paragraph' ? (child.children ?? []) : [child]));
  const [first, ...rest] = inline;
  if (first?.type !== 'strong') return { label: '', text: textParts(item) };
  const label = partsToText(textParts(first)).replace(/:$/, '');
  const text = rest.flatMap(textParts);
  if (typeof text[0] === 'string') text[0] = text[0].replace(/^\s*:?\s*/, '');
  return { label, text };
}

/** The outline of an MDX tree. */
export function outlineOf(tree: MdNode): Outline {
  const outline: Outline = { mapSteps: [], sources: [], figures: [], claimPairs: [], keyFacts: [] };
  const sources = new Set<string>();
  walk(tree, (node) => {
    if (!isJsx(node) || !node.name) return;
    const prop = citingProp(node.name);
    if (prop) splitIds(stringAttribute(node, prop) ?? '').forEach((id) => sources.add(id));
    if (node.name === 'Figure') outline.figures.push(stringAttribute(node, 'id') ?? '');
    if (node.name === 'Claims') {
      const claims: ClaimOutline[] = [];
      walk(node, (child) => {
        if (!isJsx(child) || child.name !== 'Claim') return;
        claims.push({
          side: stringAttribute(child, 'side') ?? '',
          by: stringAttribute(child, 'by') ?? '',
          sources: splitIds(stringAttribute(child, 'sources') ?? ''),
          text: (child.children ?? []).flatMap(textParts),
        });
      });
      outline.claimPairs.push({ label: stringAttribute(node, 'label') || 'Contested point', claims });
    }
    if (node.name === 'KeyFacts' && outline.keyFacts.length === 0) {
      walk(node, (child) => {
        if (child.type === 'listItem') outline.keyFacts.push(keyFact(child));
      });
    }
    if (node.name === 'MapStep') {
      const [zoom, highlight, id] = ['zoom', 'highlight', 'id'].map((name) => stringAttribute(node, name));
      outline.mapSteps.push({
        place: stringAttribute(node, 'place') ?? '',
        ...(zoom !== undefined && { zoom }),
        ...(highlight !== undefined && { highlight }),
        ...(id !== undefined && { id }),
      });
    }
  });
  outline.sources = [...sources];
  return outline;
}

/** The remark plugin: the page receives its outline as frontmatter `outline`. */
export function remarkOutline() {
  return (root: unknown, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.outline = outlineOf(root as MdNode);
  };
}
