import { splitIds } from './usages.ts';

/** One side's account inside a <Claims> pair, as written in MDX. */
export interface ClaimText {
  side: string;
  by: string;
  sources: string[];
  /** The claim's words with inline tags removed (for exercises and handouts). */
  text: string;
}

/** A contested point and each side's account of it. */
export interface ClaimPair {
  label: string;
  claims: ClaimText[];
}

/** The value of attribute `name` written in an opening tag, or '' when absent. */
export const tagAttribute = (tag: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined) ?? '';
/** An MDX fragment as plain words: <Place id> as the place's name, other tags and emphasis marks removed. */
export const plainMdx = (mdx: string, placeName: (id: string) => string) =>
  mdx
    .replace(/<Place\s+id="([^"]+)"[^>]*\/>/g, (_, id: string) => placeName(id))
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*|__|\*|_/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Every <Claims> group of an MDX body with its label and each <Claim>'s side, speaker, sources and text.
 * `placeName` turns a <Place id> into the words a reader sees.
 */
export function extractClaimPairs(body: string, placeName: (id: string) => string = (id) => id): ClaimPair[] {
  const pairs: ClaimPair[] = [];
  for (const group of body.matchAll(/<Claims\b([^>]*)>([\s\S]*?)<\/Claims>/g)) {
    const claims = [...group[2].matchAll(/<Claim\b([^>]*)>([\s\S]*?)<\/Claim>/g)].map(([, tag, inner]) => ({
      side: tagAttribute(tag, 'side'),
      by: tagAttribute(tag, 'by'),
      sources: splitIds(tagAttribute(tag, 'sources')),
      text: plainMdx(inner, placeName),
    }));
    pairs.push({ label: tagAttribute(group[1], 'label') || 'Contested point', claims });
  }
  return pairs;
}
