import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from './problem.ts';

/** A parsed YAML text that can say on which line any field was written. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** Line of the value at `path`, or of its nearest written parent. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/**
 * Parse YAML keeping positions. `lineOffset` shifts line numbers when the YAML is embedded (MDX frontmatter
 * starts after the opening ---). Syntax errors come back as problems, never thrown.
 */
export function parseYamlSource(file: string, text: string, lineOffset = 0): { source?: YamlSource; problems: Problem[] } {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // Only the first error: the rest are usually echoes of it and would send the editor hunting.
    return {
      problems: doc.errors.slice(0, 1).map((e) => ({
        file,
        line: counter.linePos(e.pos[0]).line + lineOffset,
        field: 'YAML',
        message: `cannot be read: ${e.message.split('\n')[0]}. Check indentation, colons and quotes on this line or the one above.`,
      })),
    };
  }
  const lineOf = (path: readonly (string | number)[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
  return { source: { file, data: doc.toJS(), lineOf }, problems: [] };
}

/** Split an MDX text into its frontmatter YAML and body, remembering where the body starts. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const bodyLine = match[0].split('\n').length;
  return { yaml: match[1], body: text.slice(match[0].length), bodyLine: match[0].endsWith('\n') ? bodyLine : bodyLine + 1 };
}
