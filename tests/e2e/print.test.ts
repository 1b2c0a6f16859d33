// What teachers print: each classroom handout fits on one page, on A4 and on US Letter; a chapter prints its
// text, maps and sources but not its event list or data tables again, and says where to find them.
import { describe, expect, inject, it } from 'vitest';
import { pdfPageCount } from '../../src/lib/audit/print.ts';
import { contentChapters } from '../support/chapters.ts';
import { useBrowser } from '../support/use-browser.ts';

const origin = inject('origin');
const browser = useBrowser();
const slugs = contentChapters().map((c) => c.slug);

describe('classroom handouts', () => {
  it.each(slugs)('/teachers/%s/ prints on one page, A4 and Letter, with questions, lines to write on and the licence', async (slug) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/teachers/${slug}/`);
    await page.emulateMedia({ media: 'print' });
    expect(pdfPageCount(await page.pdf({ format: 'A4' })), 'A4').toBe(1);
    expect(pdfPageCount(await page.pdf({ format: 'Letter' })), 'Letter').toBe(1);
    expect(await page.locator('.handout ol li').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.handout .answer-lines').first().isVisible()).toBe(true);
    expect(await page.locator('.handout .handout-name').isVisible()).toBe(true);
    expect(await page.locator('.handout .map-svg').isVisible()).toBe(true);
    expect(await page.locator('.handout').textContent()).toContain('CC BY 4.0');
    // Built without SITE_URL (as in tests): the path, never the placeholder domain.
    expect(await page.locator('.handout').textContent()).not.toContain('example.org');
    await context.close();
  });
});

describe('a printed chapter', () => {
  it('leaves out the event list and the data tables, and says where they are', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/war/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.chapter-timeline .tl-list').isVisible()).toBe(false);
    expect(await page.locator('.chapter-timeline .print-only').isVisible()).toBe(true);
    expect(await page.locator('.figure-data').first().isVisible()).toBe(false);
    expect(await page.locator('.figure .print-only').first().textContent()).toContain('.csv');
    expect(await page.locator('#sources').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.chapter-timeline .print-only').isVisible(), 'the note is for paper only').toBe(false);
    await context.close();
  });
});
