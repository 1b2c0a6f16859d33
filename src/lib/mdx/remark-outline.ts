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

/** A chapter's outline: map steps in order, cited source ids (first citation first) and figure ids. */
export interface Outline {
  mapSteps: MapStepProps[];
  sources: string[];
  figures: string[];
}

/** The outline of an MDX tree. */
export function outlineOf(tree: MdNode): Outline {
  const outline: Outline = { mapSteps: [], sources: [], figures: [] };
  const sources = new Set<string>();
  walk(tree, (node) => {
    if (!isJsx(node) || !node.name) return;
    const prop = citingProp(node.name);
    if (prop) splitIds(stringAttribute(node, prop) ?? '').forEach((id) => sources.add(id));
    if (node.name === 'Figure') outline.figures.push(stringAttribute(node, 'id') ?? '');
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
