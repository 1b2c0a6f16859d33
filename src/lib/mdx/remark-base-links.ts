import { withBase } from '../url.ts';
import { walk, type MdNode } from './tree.ts';

/** Editors write links as /sources/; when the site is served under a base path (GitHub Pages), prefix it. */
export function remarkBaseLinks(options: { base: string }) {
  return () => (tree: unknown) => {
    walk(tree as MdNode, (node) => {
      if ((node.type === 'link' || node.type === 'definition') && node.url) node.url = withBase(node.url, options.base);
    });
  };
}
