// npm run audit:print — after a build: how many pages each chapter and each classroom handout prints on, on A4
// and on US Letter, as Chromium prints them. Handouts must fit on one page (also a browser test).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './lib/browser.ts';
import { readBuiltPages } from './lib/dist.ts';
import { serveStatic } from './lib/static-server.ts';
import { pdfPageCount } from '../src/lib/audit/print.ts';
import { readContentTexts } from '../src/lib/content/read.ts';

const distDir = join(process.cwd(), 'dist');
if (!existsSync(distDir)) {
  console.error('No dist/ folder: run `npm run build` first.');
  process.exit(1);
}
// Every chapter and its handout, from the content rather than a list that would miss a new chapter.
const slugs = readContentTexts().chapters.map((c) => /^slug:\s*(\S+)/m.exec(c.text)![1]);
const built = new Set(readBuiltPages(distDir).map((p) => p.path));
const paths = slugs.flatMap((s) => [`/${s}/`, `/teachers/${s}/`]).filter((p) => built.has(p));
const { server, origin } = await serveStatic(distDir);
const browser = await launchBrowser();
const context = await browser.newContext();
console.log(`${'page'.padEnd(26)} ${'A4'.padStart(4)} ${'Letter'.padStart(7)}`);
let failed = false;
for (const path of paths) {
  const page = await context.newPage();
  await page.goto(origin + path);
  await page.emulateMedia({ media: 'print' });
  const a4 = pdfPageCount(await page.pdf({ format: 'A4' }));
  const letter = pdfPageCount(await page.pdf({ format: 'Letter' }));
  const handout = path.startsWith('/teachers/');
  if (handout && (a4 !== 1 || letter !== 1)) failed = true;
  console.log(
    `${path.padEnd(26)} ${String(a4).padStart(4)} ${String(letter).padStart(7)}${handout && (a4 !== 1 || letter !== 1) ? '  ✗ a handout must fit on one page' : ''}`,
  );
  await page.close();
}
await browser.close();
server.close();
process.exit(failed ? 1 : 0);
