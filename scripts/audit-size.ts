// npm run audit:size — what each built page loads before any interaction, against budgets.json. Run after a build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetFor, overBudget, weighPage, type Budgets } from '../src/lib/audit/size.ts';
import { distReader, readBuiltPages } from './lib/dist.ts';

const distDir = join(process.cwd(), 'dist');
if (!existsSync(distDir)) {
  console.error('No dist/ folder: run `npm run build` first.');
  process.exit(1);
}
const budgets: Budgets = JSON.parse(readFileSync(join(process.cwd(), 'budgets.json'), 'utf8'));
const read = distReader(distDir);
const weights = readBuiltPages(distDir).map((page) => weighPage(page.path, page.html, read));
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);

console.log('Gzipped KB loaded before any interaction (fonts: preloaded files, raw woff2 bytes)\n');
console.log(`${'page'.padEnd(22)} ${'HTML'.padStart(6)} ${'CSS'.padStart(6)} ${'JS'.padStart(6)} ${'fonts'.padStart(6)}  preloads`);
for (const w of weights) console.log(`${w.path.padEnd(22)} ${kb(w.html)} ${kb(w.css)} ${kb(w.jsAtStart)} ${kb(w.fonts)}  ${w.fontPreloads}`);

const onDemand = new Map<string, { bytes: number; trigger: string; pages: string[] }>();
for (const w of weights) for (const m of w.onDemand) onDemand.set(m.file, { ...m, pages: [...(onDemand.get(m.file)?.pages ?? []), w.path] });
console.log('\nOn demand (loaded only when triggered):');
if (onDemand.size === 0) console.log('  none');
for (const [file, m] of onDemand) console.log(`  ${kb(m.bytes)} KB  ${file}  ← import() in ${m.trigger}  (pages: ${m.pages.join(', ')})`);

const problems = weights.flatMap((w) => overBudget(w, budgetFor(w.path, budgets)));
if (problems.length > 0) {
  console.error(`\nOver budget (budgets.json):\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nAll ${weights.length} pages within budget (budgets.json).`);
