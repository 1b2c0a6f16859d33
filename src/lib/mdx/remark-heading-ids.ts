import { walk, type MdNode } from './tree.ts';

const MARKER = /\s*\[#([a-z0-9-]+)\]\s*$/;

/** The text of a node and its descendants. */
function textOf(node: MdNode): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

/**
 * Give headings the stable id editors write at their end (`## Why it matters [#why]`) and remove the marker from
 * the visible text, so a heading's wording can change without breaking links to it.
 */
export function remarkHeadingIds() {
  // The tree is typed loosely at this boundary: the plugin only reads the few node shapes in MdNode.
  return (tree: unknown) => {
    walk(tree as MdNode, (node) => {
      if (node.type !== 'heading' || !node.children?.length) return;
      const children = node.children;
      // The marker may be split across several text nodes ("[", "#why", "]"); join the trailing text first.
      let start = children.length;
      while (start > 0 && children[start - 1].type === 'text') start--;
      const trailing = children.slice(start).map(textOf).join('');
      const match = MARKER.exec(trailing);
      if (!match) return;
      const kept = trailing.slice(0, match.index);
      node.children = [...children.slice(0, start), ...(kept ? [{ type: 'text', value: kept }] : [])];
      node.data ??= {};
      node.data.hProperties = { ...(node.data.hProperties ?? {}), id: match[1] };
    });
  };
}
