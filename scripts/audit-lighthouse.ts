// npm run audit:lighthouse — Lighthouse (mobile defaults) on every page type of the built site, served locally,
// 3 runs each; prints and saves the medians. A benchmark, not a unit test: run it on demand and in the workflow.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, findChromium } from './lib/browser.ts';
import { builtPageFiles } from './lib/dist.ts';
import { serveStatic } from './lib/static-server.ts';
import { isEmbedPath } from '../src/lib/embed/address.ts';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100, cls: 0.02 };
/** Pages that may load heavy code early (the map page loads MapLibre) have their own performance target. */
const PERFORMANCE_TARGET: Record<string, number> = { '/map/': 90 };

const distDir = join(process.cwd(), 'dist');
// Every page by default; name pages to audit only those: npm run audit:lighthouse -- /war/ /map/
const only = process.argv.slice(2);
const pages = builtPageFiles(distDir)
  .map((p) => p.path)
  .filter((path) => !path.endsWith('.html') && (only.length === 0 || only.includes(path)));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const { server, origin } = await serveStatic(distDir);
const chrome = await chromeLauncher.launch({ chromePath: await findChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
const results: Record<string, Record<string, number>> = {};
try {
  for (const path of pages) {
    const runs: Array<Record<string, number>> = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = result!.lhr;
      runs.push({
        performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
        'best-practices': Math.round((lhr.categories['best-practices'].score ?? 0) * 100),
        seo: Math.round((lhr.categories.seo.score ?? 0) * 100),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue ?? 0),
        tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue ?? 0),
        cls: Number((lhr.audits['cumulative-layout-shift'].numericValue ?? 0).toFixed(3)),
      });
    }
    results[path] = Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]));
    const r = results[path];
    console.log(
      `${path.padEnd(14)} perf ${r.performance}  a11y ${r.accessibility}  bp ${r['best-practices']}  seo ${r.seo}  LCP ${r.lcpMs} ms  TBT ${r.tbtMs} ms  CLS ${r.cls}`,
    );
  }
} finally {
  await chrome.kill();
  server.close();
}

const misses: string[] = [];
for (const [path, r] of Object.entries(results)) {
  const performance = PERFORMANCE_TARGET[path] ?? TARGETS.performance;
  if (r.performance < performance) misses.push(`${path}: performance ${r.performance} < ${performance}`);
  for (const category of ['accessibility', 'best-practices', 'seo'] as const) {
    // Embeds say noindex on purpose (their full pages are what search engines should list), which Lighthouse's
    // SEO score counts against them; every other SEO audit still runs and is reported.
    if (category === 'seo' && isEmbedPath(path)) continue;
    if (r[category] < TARGETS[category]) misses.push(`${path}: ${category} ${r[category]} < ${TARGETS[category]}`);
  }
  if (r.cls > TARGETS.cls) misses.push(`${path}: CLS ${r.cls} > ${TARGETS.cls}`);
}

mkdirSync('reports', { recursive: true });
writeFileSync('reports/lighthouse.json', JSON.stringify({ runs: RUNS, targets: TARGETS, medians: results, misses }, null, 2));
const table = [
  '| page | performance | accessibility | best practices | SEO | LCP (ms) | TBT (ms) | CLS |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...Object.entries(results).map(
    ([p, r]) => `| ${p} | ${r.performance} | ${r.accessibility} | ${r['best-practices']} | ${r.seo} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} |`,
  ),
];
writeFileSync(
  'reports/lighthouse.md',
  `# Lighthouse, mobile defaults, median of ${RUNS} runs\n\n${table.join('\n')}\n\n${misses.length ? `Missed targets:\n${misses.map((m) => `- ${m}`).join('\n')}` : 'All targets met.'}\n`,
);
console.log(`\nSaved reports/lighthouse.json and reports/lighthouse.md. ${misses.length ? `Missed targets:\n  ${misses.join('\n  ')}` : 'All targets met.'}`);
process.exit(misses.length ? 1 : 0);
