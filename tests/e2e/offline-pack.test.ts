// The offline pack a teacher copies to a USB stick: unzipped, every page opens from disk with its styles, fonts,
// static maps and figures, and its links lead to the right files.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import { OFFLINE_PACK_FILE, OFFLINE_PACK_MAX_MB } from '../../src/lib/offline/pack.ts';
import { useBrowser } from '../support/use-browser.ts';

const distDir = inject('distDir');
const browser = useBrowser();

function unpack(): string {
  const folder = mkdtempSync(join(tmpdir(), 'border-lines-offline-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(distDir, OFFLINE_PACK_FILE))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), bytes);
  }
  return join(folder, 'border-lines');
}

describe('the offline pack', () => {
  it(`is written by the build, under ${OFFLINE_PACK_MAX_MB} MB, and every internal link in it leads to a file in it`, () => {
    const bytes = readFileSync(join(distDir, OFFLINE_PACK_FILE)).length;
    expect(bytes).toBeLessThan(OFFLINE_PACK_MAX_MB * 1024 * 1024);
    const root = unpack();
    const pages = Object.keys(unzipSync(readFileSync(join(distDir, OFFLINE_PACK_FILE)))).filter((n) => n.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(15);
    const broken: string[] = [];
    for (const page of pages) {
      const file = join(dirname(root), page);
      const html = readFileSync(file, 'utf8');
      for (const [, value] of html.matchAll(/\b(?:href|src)="([^"#?]+)[^"]*"/g)) {
        if (/^(https?:|mailto:|data:)/.test(value)) continue;
        if (value.startsWith('/')) broken.push(`${page}: ${value} is still written from the site's root`);
        else if (!existsSync(join(dirname(file), value))) broken.push(`${page}: ${value}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('opens a chapter from disk with its fonts, maps, timeline and figures, and follows a link to the next chapter', async () => {
    const root = unpack();
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && failed.push(m.text()));
    await page.goto(pathToFileURL(join(root, 'war', 'index.html')).href);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.locator('h1').textContent()).toBe('The 2020 war');
    expect(await page.locator('.offline-notice').isVisible()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.includes('Source Serif') && f.status === 'loaded'))).toBe(true);
    // On a wide screen the static chapter map stands in the sticky column.
    expect(await page.locator('.map-svg:visible').count()).toBeGreaterThan(0);
    expect(await page.locator('.figure svg:visible').count()).toBeGreaterThan(0);
    expect(await page.locator('.tl-svg:visible').count()).toBeGreaterThan(0);
    await page.locator('nav[aria-label="Previous and next chapter"] a[rel="next"]').click();
    await page.waitForLoadState();
    expect(page.url()).toMatch(/\/ceasefire\/index\.html$/);
    expect(await page.locator('h1').textContent()).toBe('The ceasefire');
    expect(failed).toEqual([]);
    await context.close();
  });
});
