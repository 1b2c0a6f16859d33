import { readableWords } from '../reading-time.ts';

/** Paragraphs this long are taken to state facts; shorter ones are usually transitions ("Hadrut is the clearest case."). */
export const FACT_PARAGRAPH_WORDS = 25;

const BOX_OPEN = /^<(KeyFacts|Aside|Claims)\b/;
const BOX_CLOSE = /<\/(KeyFacts|Aside|Claims)>\s*$/;

/**
 * Running-text paragraphs of an MDX body that are long enough to state facts but carry no <Cite>. Boxes, claims,
 * headings and lists are skipped: claims carry their own sources, and a list's citation follows it.
 * Returns the 1-based line where each paragraph starts.
 */
export function uncitedParagraphs(body: string, minWords = FACT_PARAGRAPH_WORDS): Array<{ line: number; start: string }> {
  const found: Array<{ line: number; start: string }> = [];
  let depth = 0;
  let line = 1;
  for (const block of body.split(/\n[ \t]*\n/)) {
    const text = block.trim();
    const offset = block.length - block.trimStart().length;
    const startLine = line + (block.slice(0, offset).match(/\n/g)?.length ?? 0);
    line += (block.match(/\n/g)?.length ?? 0) + 2;
    const opens = BOX_OPEN.test(text) && !/\/>\s*$/.test(text.split('\n')[0]);
    if (opens) depth++;
    const inside = depth > 0;
    if (BOX_CLOSE.test(text)) depth = Math.max(0, depth - 1);
    if (inside || /^(#|<|[-*] |\d+\. |>)/.test(text)) continue;
    if (readableWords(text) >= minWords && !/<Cite\b/.test(text)) found.push({ line: startLine, start: text.slice(0, 60) });
  }
  return found;
}
