// Writing SVG and HTML as text, for the renderers the build and the browser share (the timeline, the figures).

/** Text made safe inside markup, in element content and in double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

type Attributes = Record<string, string | number | undefined | false>;

/** One element as markup: attributes in the order given (undefined and false ones left out), children as markup. */
export function element(tag: string, attributes: Attributes, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  return `<${tag}${attrs}>${children.join('')}</${tag}>`;
}
