import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { THEME_STORAGE_KEY } from '../../src/lib/theme.ts';

const origin = inject('origin');
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('permalinks', () => {
  it("a section's link control copies the section address and announces it", async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/capture/`);
    const anchor = page.locator('.prose h2[id] a.heading-anchor').first();
    const id = await anchor.evaluate((a) => a.closest('h2')!.id);
    await anchor.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/capture/#${id}`);
    await expect.poll(() => page.locator('#announcer').textContent()).toContain('copied');
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    await page.close();
  });
});

describe('search', () => {
  it('finds a known section and links to it', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/search/?q=Yukhari%20Ayrim`);
    const first = page.locator('[data-results] li a').first();
    await first.waitFor();
    const hrefs = await page.locator('[data-results] a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(hrefs.some((href) => href?.startsWith('/capture/'))).toBe(true);
    expect(hrefs.some((href) => /\/capture\/#[a-z0-9-]+$/.test(href ?? ''))).toBe(true);
    await page.close();
  });

  it('the header search box sends the query to the search page', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/about/`);
    await page.fill('#site-search', 'ceasefire');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=ceasefire/);
    await page.locator('[data-results] li').first().waitFor();
    await page.close();
  });
});

describe('dark mode', () => {
  it('follows the toggle, remembers it, and applies it before the first paint on the next page', async () => {
    const own = await browser.newContext({ colorScheme: 'light' });
    const page = await own.newPage();
    await page.goto(`${origin}/war/`);
    await page.locator('bl-theme-toggle button').click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY)).toBe('dark');
    // On the next page, record the theme the moment the body starts, before any paint.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset.theme ?? 'none';
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${origin}/ceasefire/`);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(21, 22, 26)');
    await own.close();
  });
});

describe('print', () => {
  it('hides the site chrome and keeps the text, the sources and their addresses', async () => {
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${origin}/capture/`);
    expect(await page.locator('body > header').isVisible()).toBe(false);
    expect(await page.locator('body > footer').isVisible()).toBe(false);
    expect(await page.locator('nav[aria-label="Previous and next chapter"]').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('#sources').isVisible()).toBe(true);
    const link = page.locator('#sources ~ ol a[href^="http"]').first();
    expect(await link.isVisible()).toBe(true);
    const printed = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(printed).toBe(`" ${await link.getAttribute('href')}"`);
    await page.close();
  });
});

describe('glossary terms', () => {
  it('show their definition on keyboard focus, and Escape hides it', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/capture/`);
    const term = page.locator('.prose a.term').first();
    const definition = page.locator('.prose .term-def').first();
    expect(await definition.isVisible()).toBe(false);
    await term.focus();
    expect(await definition.isVisible()).toBe(true);
    expect(await term.getAttribute('aria-describedby')).toBe(await definition.getAttribute('id'));
    await page.keyboard.press('Escape');
    expect(await definition.isVisible()).toBe(false);
    await page.close();
  });

  it('show their definition on focus with JavaScript off too', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${origin}/capture/`);
    await page.locator('.prose a.term').first().focus();
    expect(await page.locator('.prose .term-def').first().isVisible()).toBe(true);
    await noJs.close();
  });
});

describe('cite this page', () => {
  it('copies a ready-made citation with the page address', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/elections/`);
    await page.locator('bl-copy-text[for="citation-apa"] button').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^Border Lines\. \(\d{4}, \w+ \d+\)\. The snap elections\. https?:\/\/.+\/elections\/$/);
    await page.close();
  });
});

describe('teachers', () => {
  it("each chapter has a handout with key facts and questions, and the teachers' page a source-comparison exercise and notes, readable without JavaScript", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${origin}/teachers/capture/`);
    expect(await page.locator('h2', { hasText: 'Key facts' }).count()).toBe(1);
    expect(await page.locator('h2', { hasText: 'Questions' }).count()).toBe(1);
    await page.goto(`${origin}/teachers/`);
    expect(await page.locator('#capture-compare ~ div .claim').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('#capture-notes').count()).toBe(1);
    expect(await page.locator('.teacher-notes').first().textContent()).toMatch(/Answer guide/);
    await noJs.close();
  });
});
