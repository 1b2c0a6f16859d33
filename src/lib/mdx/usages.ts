/** An attribute written on a component in MDX: a quoted string, a {expression}, or a bare flag. */
export interface AttributeValue {
  /** The text between the quotes or braces; null for a bare flag such as `<Aside open>`. */
  value: string | null;
  /** True when written as {…} rather than "…". */
  expression: boolean;
}

/** One opening tag of a capitalised (component) element found in MDX source. */
export interface ComponentUsage {
  name: string;
  attributes: Record<string, AttributeValue>;
  /** 1-based line number in the text that was scanned. */
  line: number;
}

/** One Markdown heading (## or ###) found in MDX source. */
export interface HeadingUsage {
  depth: number;
  /** The heading text without its stable-id marker. */
  text: string;
  /** The stable id written as `[#id]` at the end of the heading, if any. */
  id?: string;
  line: number;
}

/** Blank out fenced code, inline code and {/* comments *\/} so that examples in them are not read as usages. */
function maskCode(source: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return source
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/`[^`\n]+`/g, blank);
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

const TAG = /<([A-Z][A-Za-z0-9]*)((?:\s+[A-Za-z_][\w-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g;
const ATTRIBUTE = /([A-Za-z_][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g;

/** Every capitalised component tag in an MDX body, with its attributes and line, in document order. */
export function findComponentUsages(source: string): ComponentUsage[] {
  const text = maskCode(source);
  const usages: ComponentUsage[] = [];
  for (const match of text.matchAll(TAG)) {
    const attributes: Record<string, AttributeValue> = {};
    for (const a of match[2].matchAll(ATTRIBUTE)) {
      const [, name, double, single, expression] = a;
      if (expression !== undefined) attributes[name] = { value: expression.trim(), expression: true };
      else attributes[name] = { value: double ?? single ?? null, expression: false };
    }
    usages.push({ name: match[1], attributes, line: lineAt(source, match.index) });
  }
  return usages;
}

const HEADING = /^(#{2,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/gm;
const STABLE_ID = /\s*\[#([^\]\s]*)\]\s*$/;

/** Every ## … ###### heading in an MDX body with its stable id marker `[#id]`, if written. */
export function findHeadings(source: string): HeadingUsage[] {
  const text = maskCode(source);
  const headings: HeadingUsage[] = [];
  for (const match of text.matchAll(HEADING)) {
    const raw = match[2];
    const marker = STABLE_ID.exec(raw);
    headings.push({
      depth: match[1].length,
      text: marker ? raw.slice(0, marker.index).trim() : raw.trim(),
      id: marker ? marker[1] : undefined,
      line: lineAt(source, match.index),
    });
  }
  return headings;
}

/** Split a list prop such as ids="a, b c" into ids. */
export function splitIds(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}
