import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pagesForBrowserTests } from '../support/build.ts';
import { useBrowser } from '../support/use-browser.ts';
import { builtPageFiles as builtPages } from '../../scripts/lib/dist.ts';
import { cspViolations, listenForCspViolations, resetReport, scrollsSideways, watchContext, WCAG_TAGS, type PageReport } from '../support/page-checks.ts';

const origin = inject('origin');
const pages = pagesForBrowserTests(builtPages(inject('distDir')).map((p) => p.path));

const browser = useBrowser();

describe.each(['light', 'dark'] as const)('every page in the %s colour scheme', (colorScheme) => {
  let context: BrowserContext;
  let report: PageReport;
  beforeAll(async () => {
    context = await browser().newContext({ colorScheme });
    report = await watchContext(context, origin);
    await listenForCspViolations(context);
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(pages)('%s loads cleanly, stays on this site, breaks no CSP rule and has no WCAG 2.2 A/AA violations', async (path) => {
    resetReport(report);
    const page = await context.newPage();
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    const csp = await cspViolations(page);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
    await page.close();
    expect(report.offOrigin, 'requests that left the site').toEqual([]);
    expect(report.failedRequests, 'failed requests').toEqual([]);
    expect(report.consoleErrors, 'console errors').toEqual([]);
    expect(csp, 'Content Security Policy violations').toEqual([]);
    expect(violations, 'axe violations').toEqual([]);
  });
});

describe('every page at 320 px wide (a small phone)', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser().newContext({ viewport: { width: 320, height: 640 } });
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(pages)('%s does not scroll sideways', async (path) => {
    const page = await context.newPage();
    await page.goto(`${origin}${path}`);
    const { scrollWidth, viewport } = await scrollsSideways(page);
    await page.close();
    expect(scrollWidth).toBeLessThanOrEqual(viewport);
  });
});

describe('every page with JavaScript turned off', () => {
  let withJs: BrowserContext;
  let withoutJs: BrowserContext;
  beforeAll(async () => {
    withJs = await browser().newContext();
    withoutJs = await browser().newContext({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await withJs?.close();
    await withoutJs?.close();
  });

  it.each(pages)('%s shows the same heading and full text', async (path) => {
    const read = async (context: BrowserContext) => {
      const page = await context.newPage();
      await page.goto(`${origin}${path}`);
      const length = (await page.locator('main').innerText()).length;
      // Controls that exist only with or only without script are not content; compare everything else.
      await page.evaluate(() => document.querySelectorAll('.js-only, .js-hide, bl-copy-text, [data-status], [data-results]').forEach((e) => e.remove()));
      const text = { h1: await page.locator('h1').innerText(), main: await page.locator('main').innerText() };
      await page.close();
      return { text, length };
    };
    const off = await read(withoutJs);
    const on = await read(withJs);
    expect(off.text.h1.length).toBeGreaterThan(3);
    expect(off.length).toBeGreaterThan(100);
    expect(off.text).toEqual(on.text);
  });
});
