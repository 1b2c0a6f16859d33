// npm run audit:balance — per chapter and page: citations and sources by origin, words in each side's <Claim>,
// and paragraphs that rest on one side's sources. Exits 1 on the rules in src/lib/audit/balance.ts.
import { balanceFailures, contentBalance, type PageBalance } from '../src/lib/audit/balance.ts';
import { readContentTexts } from '../src/lib/content/read.ts';
import { ORIGIN_LABELS } from '../src/lib/sources.ts';
import type { Origin } from '../src/schemas/source.ts';

const pages = contentBalance(readContentTexts());

const byOrigin = (counts: PageBalance['citationsByOrigin']) =>
  Object.entries(counts)
    .sort((a, b) => b[1]! - a[1]!)
    .map(([origin, n]) => `${ORIGIN_LABELS[origin as Origin] ?? origin} ${n}`)
    .join(' · ') || 'none';

let failures: string[] = [];
for (const b of pages) {
  const uses = Object.values(b.citationsByOrigin).reduce((a, n) => a + n!, 0);
  const distinct = Object.values(b.sourcesByOrigin).reduce((a, n) => a + n!, 0);
  console.log(`\n${b.page}`);
  console.log(`  citation uses (${uses}): ${byOrigin(b.citationsByOrigin)}`);
  console.log(`  distinct sources (${distinct}): ${byOrigin(b.sourcesByOrigin)}`);
  console.log(`  <Claim> words: Armenian side ${b.claimWords.armenia}, Azerbaijani side ${b.claimWords.azerbaijan} in ${b.claims.length} blocks`);
  for (const c of b.claims)
    console.log(`    line ${String(c.line).padStart(4)}  ${String(c.words.armenia).padStart(3)} / ${String(c.words.azerbaijan).padStart(3)}  ${c.label}`);
  const attributed = b.oneSided.filter((p) => p.attributed).length;
  console.log(`  paragraphs cited to one side only: ${b.oneSided.length} (${attributed} say whose account, ${b.oneSided.length - attributed} do not)`);
  for (const p of b.oneSided)
    console.log(`    ${p.attributed ? ' ' : '✗'} line ${String(p.line).padStart(4)}  ${p.side === 'armenia' ? 'Armenian' : 'Azerbaijani'} only: ${p.excerpt}…`);
  failures = failures.concat(balanceFailures(b));
}

if (failures.length > 0) {
  console.error(`\nBalance audit: ${failures.length} problems (rules: docs/quality.md, "Balance")\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nBalance audit: ${pages.length} pages, no problems.`);
