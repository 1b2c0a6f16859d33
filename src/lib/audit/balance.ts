// The balance audit: whose sources each page rests on, how much room each side's <Claim> gets, and which
// paragraphs rest on one side's sources alone. Pure: content in, a report out; scripts/audit-balance.ts prints it.
import { parse } from 'yaml';
import { SIDE_OF_ORIGIN, type Origin } from '../../schemas/source.ts';
import type { ContentTexts } from '../content/validate.ts';
import { splitFrontmatter } from '../content/yaml-source.ts';
import { tagAttribute } from '../mdx/tag-attribute.ts';
import { splitIds } from '../mdx/usages.ts';

export type Side = 'armenia' | 'azerbaijan';
const SIDES: readonly Side[] = ['armenia', 'azerbaijan'];

/** A paragraph (or list item) that cites sources of one side only. */
export interface OneSidedParagraph {
  line: number;
  side: Side;
  sourceIds: string[];
  /** The first words of the paragraph, to find it. */
  excerpt: string;
  /** True when the paragraph says whose account it gives ("Armenia's ministry said…"). */
  attributed: boolean;
}

/** One <Claims> block: words written in each side's <Claim>, and claims that cite only the other side. */
export interface ClaimsBalance {
  line: number;
  label: string;
  words: Record<Side, number>;
  /** Claims of one side whose sources all come from the other side. */
  citedOnlyByOtherSide: Side[];
}

export interface PageBalance {
  page: string;
  citationsByOrigin: Partial<Record<Origin | 'unknown', number>>;
  sourcesByOrigin: Partial<Record<Origin | 'unknown', number>>;
  claimWords: Record<Side, number>;
  claims: ClaimsBalance[];
  oneSided: OneSidedParagraph[];
}

/** The rules the audit enforces; docs/quality.md explains why these. */
export const BALANCE_RULES = {
  /** Within one <Claims> block, the longer side's text may be at most this many times the shorter's… */
  maxClaimRatio: 2.5,
  /** …unless the difference is this many words or fewer (short claims vary a lot in ratio). */
  claimSlackWords: 20,
};

// Words that show a paragraph reports someone's account rather than stating it in the site's voice.
const ATTRIBUTION =
  /\b(said|says|say|stated|states|reported|reports|according to|announced|announces|claimed|claims|denied|denies|accused|accuses|described|describes|told|wrote|argued|insisted|put (?:the|its|their)|counted|declared|noted|quoted|asserted|blamed|demanded|urged|proposed|alleged|estimated|account|accounts|version|called for|calls for|appealed|asked|official text|figures|count)\b/i;

const CLAIMS_BLOCK = /<Claims\b([^>]*)>([\s\S]*?)<\/Claims>/g;
const CLAIM = /<Claim\b([^>]*)>([\s\S]*?)<\/Claim>/g;
const CITE = /<Cite\b[^>]*\bids\s*=\s*"([^"]*)"[^>]*\/>/g;

/** Plain words of an MDX fragment: tags, Markdown marks and links' addresses removed. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[*_#>[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function wordCount(text: string): number {
  return text ? text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length : 0;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Paragraphs and list items of an MDX body (blank-line separated; each "- " item on its own), with lines. */
export function proseUnits(body: string): { line: number; text: string }[] {
  const units: { line: number; text: string }[] = [];
  const lines = body.split('\n');
  let current: { line: number; text: string } | undefined;
  const flush = () => {
    if (current && current.text.trim()) units.push(current);
    current = undefined;
  };
  lines.forEach((raw, i) => {
    if (!raw.trim()) return flush();
    if (/^\s*[-*] /.test(raw) && !/^\s{2,}/.test(raw)) flush();
    if (!current) current = { line: i + 1, text: raw };
    else current.text += '\n' + raw;
  });
  flush();
  return units;
}

/** The balance of one page's body, given each source's origin. */
export function pageBalance(page: string, body: string, origins: ReadonlyMap<string, Origin>): PageBalance {
  const originOf = (id: string): Origin | 'unknown' => origins.get(id) ?? 'unknown';
  const sideOf = (id: string): Side | null => {
    const origin = origins.get(id);
    return origin ? SIDE_OF_ORIGIN[origin] : null;
  };
  const citationsByOrigin: PageBalance['citationsByOrigin'] = {};
  const distinct = new Set<string>();
  const count = (ids: string[]) =>
    ids.forEach((id) => {
      const o = originOf(id);
      citationsByOrigin[o] = (citationsByOrigin[o] ?? 0) + 1;
      distinct.add(id);
    });

  // Claims first, then blank them out so their text is not read again as prose.
  const claims: ClaimsBalance[] = [];
  const claimWords: Record<Side, number> = { armenia: 0, azerbaijan: 0 };
  for (const block of body.matchAll(CLAIMS_BLOCK)) {
    const words: Record<Side, number> = { armenia: 0, azerbaijan: 0 };
    const citedOnlyByOtherSide: Side[] = [];
    for (const claim of block[2].matchAll(CLAIM)) {
      const side = tagAttribute(claim[1], 'side');
      const ids = splitIds(tagAttribute(claim[1], 'sources'));
      count(ids);
      if (side !== 'armenia' && side !== 'azerbaijan') continue;
      words[side] += wordCount(plainText(claim[2]));
      const other = side === 'armenia' ? 'azerbaijan' : 'armenia';
      if (ids.length > 0 && ids.every((id) => sideOf(id) === other)) citedOnlyByOtherSide.push(side);
    }
    SIDES.forEach((s) => (claimWords[s] += words[s]));
    claims.push({ line: lineAt(body, block.index!), label: tagAttribute(block[1], 'label'), words, citedOnlyByOtherSide });
  }
  const prose = body.replace(CLAIMS_BLOCK, (m) => m.replace(/[^\n]/g, ' '));

  const oneSided: OneSidedParagraph[] = [];
  for (const unit of proseUnits(prose)) {
    const ids = [...unit.text.matchAll(CITE)].flatMap((m) => splitIds(m[1]));
    if (ids.length === 0) continue;
    count(ids);
    const sides = new Set(ids.map(sideOf));
    if (sides.size !== 1) continue;
    const [side] = sides;
    if (side === null) continue;
    const text = plainText(unit.text);
    oneSided.push({ line: unit.line, side, sourceIds: [...new Set(ids)], excerpt: text.split(' ').slice(0, 12).join(' '), attributed: ATTRIBUTION.test(text) });
  }

  const sourcesByOrigin: PageBalance['sourcesByOrigin'] = {};
  for (const id of distinct) sourcesByOrigin[originOf(id)] = (sourcesByOrigin[originOf(id)] ?? 0) + 1;
  return { page, citationsByOrigin, sourcesByOrigin, claimWords, claims, oneSided };
}

/** True when one side's text in a <Claims> block outweighs the other's beyond the rule. */
export function claimsUnbalanced(words: Record<Side, number>, rules = BALANCE_RULES): boolean {
  const [short, long] = [words.armenia, words.azerbaijan].sort((a, b) => a - b);
  if (short === 0) return false; // a block with one side only is a third-party comparison, checked elsewhere
  return long > short * rules.maxClaimRatio && long - short > rules.claimSlackWords;
}

/** What breaks the rules on a page, as sentences for the audit's output. */
export function balanceFailures(balance: PageBalance, rules = BALANCE_RULES): string[] {
  const failures: string[] = [];
  for (const p of balance.oneSided.filter((p) => !p.attributed)) {
    failures.push(
      `${balance.page}:${p.line}: a paragraph cited only to ${p.side === 'armenia' ? 'Armenian' : 'Azerbaijani'} sources (${p.sourceIds.join(', ')}) states it without saying whose account it is: "${p.excerpt}…"; attribute it or add an independent source`,
    );
  }
  for (const c of balance.claims) {
    if (claimsUnbalanced(c.words, rules))
      failures.push(
        `${balance.page}:${c.line}: <Claims label="${c.label}"> gives ${c.words.armenia} words to the Armenian side and ${c.words.azerbaijan} to the Azerbaijani side; expected the longer at most ${rules.maxClaimRatio}× the shorter (or within ${rules.claimSlackWords} words)`,
      );
    for (const side of c.citedOnlyByOtherSide)
      failures.push(
        `${balance.page}:${c.line}: in <Claims label="${c.label}"> the ${side === 'armenia' ? 'Armenian' : 'Azerbaijani'} side's claim is cited only to the other side's outlets; cite where that side said it`,
      );
  }
  return failures;
}

/** The balance of every chapter and page in `content`, with lines counted from the top of each file. */
export function contentBalance(content: ContentTexts): PageBalance[] {
  const records = (parse(content.sources?.text ?? '[]') ?? []) as { id: string; origin: Origin }[];
  const origins = new Map(records.map((r) => [r.id, r.origin]));
  return [...content.chapters, ...content.pages].map((file) => {
    const split = splitFrontmatter(file.text);
    const balance = pageBalance(file.path, split?.body ?? file.text, origins);
    const offset = (split?.bodyLine ?? 1) - 1;
    balance.oneSided.forEach((p) => (p.line += offset));
    balance.claims.forEach((c) => (c.line += offset));
    return balance;
  });
}
