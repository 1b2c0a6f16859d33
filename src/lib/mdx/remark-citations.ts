import { numberCitations } from '../citations.ts';
import { citingProp } from './components.ts';
import { splitIds } from './usages.ts';
import { isJsx, setAttribute, stringAttribute, walk, type MdNode } from './tree.ts';

/**
 * Number a page's citations at compile time, where document order is certain: each <Cite>/<Claim> gets
 * `numbers` and `refIds` props, and the page receives the ordered source list as frontmatter `citations`.
 */
export function remarkCitations() {
  return (root: unknown, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const tree = root as MdNode;
    attachCitesToParagraphs(tree);
    const nodes: MdNode[] = [];
    walk(tree, (node) => {
      if (isJsx(node) && node.name && citingProp(node.name)) nodes.push(node);
    });
    const { marks, sources } = numberCitations(nodes.map((node) => splitIds(stringAttribute(node, citingProp(node.name!)!) ?? '')));
    nodes.forEach((node, i) => {
      setAttribute(node, 'numbers', marks[i].numbers.join(' '));
      setAttribute(node, 'refIds', marks[i].refIds.join(' '));
    });
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.citations = sources;
  };
}

/**
 * A <Cite/> written on its own line straight after a paragraph is parsed by MDX as a separate block. Editors
 * mean it as the end of that paragraph, so move it inside, where it renders inline.
 */
export function attachCitesToParagraphs(tree: MdNode): void {
  walk(tree, (node) => {
    const children = node.children;
    if (!children) return;
    for (let i = children.length - 1; i > 0; i--) {
      const child = children[i];
      const previous = children[i - 1];
      if (child.type === 'mdxJsxFlowElement' && child.name === 'Cite' && previous.type === 'paragraph') {
        previous.children = [...(previous.children ?? []), { ...child, type: 'mdxJsxTextElement' }];
        children.splice(i, 1);
      }
    }
  });
}
