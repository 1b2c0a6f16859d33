import { formatDate, MONTHS } from '../format-date.ts';
import type { Qualifier } from '../../schemas/figure-casualties.ts';

/** A count with thousands separators, the way the chapters write it: 2783 → "2,783". */
export function formatCount(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 0 });
}

/** A share exactly as reported, with its per cent sign: 53.91 → "53.91%", 5 → "5%". */
export function formatShare(value: number): string {
  return `${value}%`;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = { exact: '', 'more-than': 'more than ', 'at-least': 'at least ', about: 'about ' };

/** A reported number in the source's own terms: "more than 6,000", "2,425", "6,000–7,000". */
export function formatReported(value: number, qualifier: Qualifier = 'exact', high?: number): string {
  const number = high === undefined ? formatCount(value) : `${formatCount(value)}–${formatCount(high)}`;
  return `${QUALIFIER_WORDS[qualifier]}${number}`;
}

/** A short date for labels: "Nov 2020", "3 Dec 2020"; the full form is in the data table. */
export function formatShortDate(iso: string): string {
  return formatDate(iso).replace(new RegExp(MONTHS.join('|')), (m) => m.slice(0, 3));
}

/** The approximate width of a line of text in the figures' sans face, for layout (no DOM to measure with). */
export function textWidth(text: string, fontSize: number): number {
  // Noto Sans averages a little over half an em per character; a generous factor keeps labels from touching.
  let em = 0;
  for (const ch of text) em += /[ilI.,:;'’|!]/.test(ch) ? 0.3 : /[mwMW]/.test(ch) ? 0.85 : /[A-Z0-9%]/.test(ch) ? 0.64 : 0.55;
  return em * fontSize;
}

/** Break text into lines no wider than `maxWidth` at `fontSize`, at spaces; a single over-long word keeps its own line. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
