/** Words a general reader reads per minute in running explanatory text. */
export const WORDS_PER_MINUTE = 220;

/** The words of an MDX body a reader actually reads: tags, props, frontmatter markers and markup removed. */
export function readableWords(mdx: string): number {
  const text = mdx
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, ' ')
    .replace(/<[A-Za-z][^>]*\/?>|<\/[A-Za-z][^>]*>/g, ' ')
    .replace(/\[#[a-z0-9-]+\]/g, ' ')
    .replace(/[#*_>`|[\]()-]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes to read, never less than one. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(readableWords(mdx) / WORDS_PER_MINUTE));
}
