import { describe, expect, it } from 'vitest';
import { remarkBaseLinks } from '../../../src/lib/mdx/remark-base-links.ts';
import { remarkCitations } from '../../../src/lib/mdx/remark-citations.ts';
import { remarkHeadingIds } from '../../../src/lib/mdx/remark-heading-ids.ts';
import { remarkOutline } from '../../../src/lib/mdx/remark-outline.ts';
import type { MdNode } from '../../../src/lib/mdx/tree.ts';

const jsx = (name: string, attributes: Record<string, string>, type = 'mdxJsxTextElement'): MdNode => ({
  type,
  name,
  attributes: Object.entries(attributes).map(([n, value]) => ({ type: 'mdxJsxAttribute', name: n, value })),
  children: [],
});
const attr = (node: MdNode, name: string) => node.attributes?.find((a) => a.name === name)?.value;

describe('remarkCitations', () => {
  it('numbers <Cite> and <Claim> marks in document order and hands the list to the page', () => {
    const first = jsx('Cite', { ids: 'a b' });
    const claim = jsx('Claim', { side: 'armenia', by: 'X', sources: 'b c' }, 'mdxJsxFlowElement');
    const tree: MdNode = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x' }, first] }, claim] };
    const file = { data: {} as { astro?: { frontmatter?: Record<string, unknown> } } };
    remarkCitations()(tree, file);
    expect([attr(first, 'numbers'), attr(first, 'refIds')]).toEqual(['1 2', 'cite-1-1 cite-2-1']);
    expect([attr(claim, 'numbers'), attr(claim, 'refIds')]).toEqual(['2 3', 'cite-2-2 cite-3-1']);
    expect(file.data.astro?.frontmatter?.citations).toEqual([
      { id: 'a', number: 1, refIds: ['cite-1-1'] },
      { id: 'b', number: 2, refIds: ['cite-2-1', 'cite-2-2'] },
      { id: 'c', number: 3, refIds: ['cite-3-1'] },
    ]);
  });
  it('moves a <Cite/> written on its own line into the paragraph above it', () => {
    const cite = jsx('Cite', { ids: 'a' }, 'mdxJsxFlowElement');
    const paragraph: MdNode = { type: 'paragraph', children: [{ type: 'text', value: 'Fact.' }] };
    const tree: MdNode = { type: 'root', children: [paragraph, cite] };
    remarkCitations()(tree, { data: {} });
    expect(tree.children).toHaveLength(1);
    expect(paragraph.children?.at(-1)).toMatchObject({ type: 'mdxJsxTextElement', name: 'Cite' });
  });
});

describe('remarkHeadingIds', () => {
  it('takes the id from the [#id] marker and removes it from the text', () => {
    const heading: MdNode = {
      type: 'heading',
      depth: 2,
      children: [
        { type: 'text', value: 'Why it ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'matters' }] },
        { type: 'text', value: ' [#why-it-matters]' },
      ],
    };
    remarkHeadingIds()({ type: 'root', children: [heading] });
    expect(heading.data?.hProperties?.id).toBe('why-it-matters');
    expect(heading.children?.map((c) => c.value ?? c.type)).toEqual(['Why it ', 'emphasis']);
  });
  it('leaves a heading without a marker alone', () => {
    const heading: MdNode = { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Plain' }] };
    remarkHeadingIds()({ type: 'root', children: [heading] });
    expect(heading.data).toBeUndefined();
  });
});

describe('remarkBaseLinks', () => {
  it('prefixes root-relative links with the base path and leaves others alone', () => {
    const links = ['/sources/', 'https://example.org/', '#x', '/border-lines/war/'].map((url) => ({ type: 'link', url, children: [] }));
    remarkBaseLinks({ base: '/border-lines/' })()({ type: 'root', children: links });
    expect(links.map((l) => l.url)).toEqual(['/border-lines/sources/', 'https://example.org/', '#x', '/border-lines/war/']);
  });
});

describe('remarkOutline', () => {
  it('collects map steps, cited sources and figures while the MDX is parsed, in document order', () => {
    const tree: MdNode = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [jsx('Cite', { ids: 'a b' })] },
        jsx('MapStep', { place: 'kalbajar', zoom: '9', highlight: 'x y' }, 'mdxJsxFlowElement'),
        jsx('Claim', { side: 'azerbaijan', by: 'Y', sources: 'b c' }, 'mdxJsxFlowElement'),
        jsx('Figure', { id: 'tolls' }, 'mdxJsxFlowElement'),
        jsx('MapStep', { place: 'lachin', id: 'corridor' }, 'mdxJsxFlowElement'),
      ],
    };
    const file = { data: {} as { astro?: { frontmatter?: Record<string, unknown> } } };
    remarkOutline()(tree, file);
    expect(file.data.astro?.frontmatter?.outline).toEqual({
      mapSteps: [
        { place: 'kalbajar', zoom: '9', highlight: 'x y' },
        { place: 'lachin', id: 'corridor' },
      ],
      sources: ['a', 'b', 'c'],
      figures: ['tolls'],
      claimPairs: [],
      keyFacts: [],
    });
  });
});
