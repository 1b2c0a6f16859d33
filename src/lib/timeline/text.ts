/** Average advance of a Noto Sans glyph in ems; a slight overestimate so estimated boxes never undershoot. */
const EM_PER_CHAR = 0.6;

/** Estimated width in px of `text` set in the chart's sans face at `size` px (no DOM at build time). */
export function textWidth(text: string, size: number): number {
  return Math.ceil(text.length * size * EM_PER_CHAR);
}

/** `text` cut at a word boundary with an ellipsis so that it fits `maxWidth` px at `size` px. */
export function truncate(text: string, maxWidth: number, size: number): string {
  if (textWidth(text, size) <= maxWidth) return text;
  const maxChars = Math.max(1, Math.floor(maxWidth / (size * EM_PER_CHAR)) - 1);
  const cut = text.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
