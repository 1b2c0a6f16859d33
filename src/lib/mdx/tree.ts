/** The few mdast/MDX node shapes the remark plugins touch. */
export interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  depth?: number;
  children?: MdNode[];
  attributes?: Array<{ type: string; name: string; value?: unknown }>;
  data?: { hProperties?: Record<string, unknown>; [key: string]: unknown };
}

/** Visit every node depth-first, in document order. */
export function walk(node: MdNode, visit: (node: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** The string value of a JSX attribute written in quotes, or undefined. */
export function stringAttribute(node: MdNode, name: string): string | undefined {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** Set (or replace) a string JSX attribute. */
export function setAttribute(node: MdNode, name: string, value: string): void {
  node.attributes = (node.attributes ?? []).filter((a) => a.name !== name);
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

export const isJsx = (node: MdNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
