// The front door: what a reader sees before scrolling, on a phone and on a desktop, and the header menu.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { contentChapters } from '../support/chapters.ts';
import { useBrowser } from '../support/use-browser.ts';

const origin = inject('origin');
const browser = useBrowser();
const chapters = contentChapters().filter((c) => !c.afterword);

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/** Whether an element lies wholly inside the first viewport (the page not scrolled). */
async function inFirstScreen(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  const { height, width } = page.viewportSize()!;
  return !!box && box.y >= 0 && box.x >= 0 && box.y + box.height <= height && box.x + box.width <= width;
}

async function open(path: string, size: { width: number; height: number }, javaScriptEnabled = true) {
  const context = await browser().newContext({ viewport: size, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  return { page, close: () => context.close() };
}

describe.each(SIZES)('the home page on a $name ($width × $height)', (size) => {
  it('shows the headline, the map of both accounts with both labels, and a link to each chapter before any scrolling', async () => {
    const { page, close } = await open('/', size);
    expect(await inFirstScreen(page, 'h1')).toBe(true);
    expect(await inFirstScreen(page, '.front-map svg')).toBe(true);
    const labels = await page.locator('.front-map svg text').allTextContents();
    expect(labels.some((t) => t.startsWith('Armenian account'))).toBe(true);
    expect(labels.some((t) => t.startsWith('Azerbaijani account'))).toBe(true);
    // Each account's label is drawn inside the map, not clipped by the frame.
    for (const side of ['Armenian account', 'Azerbaijani account']) {
      expect(await inFirstScreen(page, `.front-map svg text:has-text("${side}")`), side).toBe(true);
    }
    for (const { slug } of chapters) expect(await inFirstScreen(page, `.front-chapters a[href="/${slug}/"]`), slug).toBe(true);
    await close();
  });
});

describe('the header', () => {
  it('takes one line, at most 64 px, on a phone', async () => {
    const { page, close } = await open('/capture/', { width: 390, height: 844 });
    const box = await page.locator('body > header').boundingBox();
    expect(box!.height).toBeLessThanOrEqual(64);
    expect(await page.locator('#site-menu').isVisible()).toBe(false);
    await close();
  });

  it('opens the menu on a phone with JavaScript: a button that shows the pages, teachers, search and theme, and Escape closes it', async () => {
    const { page, close } = await open('/capture/', { width: 390, height: 844 });
    const toggle = page.locator('[data-menu-toggle]');
    expect(await toggle.getAttribute('role')).toBe('button');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#site-menu a[href="/teachers/"]').isVisible()).toBe(true);
    expect(await page.locator('#site-menu a[href="/timeline/"]').isVisible()).toBe(true);
    expect(await page.locator('#site-menu input[type="search"]').isVisible()).toBe(true);
    expect(await page.locator('#site-menu bl-theme-toggle button').isVisible()).toBe(true);
    expect(new URL(page.url()).hash, 'the address does not change').toBe('');
    await page.keyboard.press('Escape');
    expect(await page.locator('#site-menu').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-menu-toggle'))).toBe(true);
    await close();
  });

  it('opens the menu on a phone without JavaScript, as a link to the list', async () => {
    const { page, close } = await open('/capture/', { width: 390, height: 844 }, false);
    await page.locator('[data-menu-toggle]').click();
    expect(new URL(page.url()).hash).toBe('#site-menu');
    expect(await page.locator('#site-menu a[href="/teachers/"]').isVisible()).toBe(true);
    await page.locator('[data-menu-close]').click();
    expect(await page.locator('#site-menu').isVisible()).toBe(false);
    await close();
  });

  it('shows the whole navigation, teachers included, without a menu on a desktop', async () => {
    const { page, close } = await open('/capture/', { width: 1280, height: 800 });
    expect(await page.locator('[data-menu-toggle]').isVisible()).toBe(false);
    expect(await page.locator('#site-menu a[href="/teachers/"]').isVisible()).toBe(true);
    await close();
  });
});

describe('a chapter opening', () => {
  it('on a phone, shows the title, the meta line and the start of the key facts or a map before a screen is scrolled', async () => {
    const { page, close } = await open('/capture/', { width: 390, height: 844 });
    expect(await inFirstScreen(page, 'h1')).toBe(true);
    expect(await inFirstScreen(page, 'article header time')).toBe(true);
    const facts = await page.locator('.prose .box, .prose .map-step').first().boundingBox();
    expect(facts!.y).toBeLessThan(844);
    await close();
  });

  it('on a desktop, shows the sticky map beside the first paragraph', async () => {
    const { page, close } = await open('/capture/', { width: 1280, height: 800 });
    const paragraph = await page.locator('.prose > p').first().boundingBox();
    const map = await page.locator('.sticky .map-frame').first().boundingBox();
    expect(map!.x).toBeGreaterThan(paragraph!.x + paragraph!.width);
    expect(map!.y).toBeLessThan(800);
    expect(map!.y + map!.height).toBeGreaterThan(paragraph!.y);
    await close();
  });
});
