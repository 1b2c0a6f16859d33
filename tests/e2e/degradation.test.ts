import { describe, expect, inject, it } from 'vitest';
import { pagesForBrowserTests } from '../support/build.ts';
import { useBrowser } from '../support/use-browser.ts';
import { builtPageFiles as builtPages } from '../../scripts/lib/dist.ts';

const origin = inject('origin');
const pages = pagesForBrowserTests(builtPages(inject('distDir')).map((p) => p.path));

const browser = useBrowser();

describe('with prefers-reduced-motion', () => {
  it.each(pages)('%s runs no animation or transition', async (path) => {
    const context = await browser().newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 2000);
    await page.keyboard.press('Tab');
    const running = await page.evaluate(() => document.getAnimations().filter((a) => Number(a.effect?.getTiming().duration ?? 0) > 1).length);
    const smooth = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    await context.close();
    expect(running).toBe(0);
    expect(smooth).not.toBe('smooth');
  });
});

describe('when a stylesheet or font fails to load', () => {
  it('the chapter text is still there and readable', async () => {
    const context = await browser().newContext();
    await context.route(/\.(css|woff2?)$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${origin}/capture/`);
    const text = await page.locator('main').innerText();
    await context.close();
    expect(text.length).toBeGreaterThan(5000);
  });
});
