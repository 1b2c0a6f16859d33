import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { useBrowser } from '../support/use-browser.ts';
import { resetReport, watchContext, type PageReport } from '../support/page-checks.ts';

const origin = inject('origin');

const browser = useBrowser();

/** The interactive map's camera as the element reports it after each move: [lon, lat, zoom]. */
const camera = async (page: Page, selector = 'border-map') => ((await page.getAttribute(selector, 'data-camera')) ?? '').split(',').map(Number);
const ready = (page: Page) => page.waitForSelector('border-map[data-ready]', { timeout: 30_000 });

describe('the interactive map (WebGL through SwiftShader)', () => {
  let context: BrowserContext;
  let report: PageReport;
  beforeAll(async () => {
    context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    report = await watchContext(context, origin);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('follows the theme toggle while it is open', async () => {
    resetReport(report);
    const page = await context.newPage();
    await page.goto(`${origin}/map/`, { waitUntil: 'networkidle' });
    await page.mouse.move(200, 300);
    await ready(page);
    expect(await page.getAttribute('border-map', 'data-palette')).toBe('light');
    await page.locator('theme-toggle button').click();
    await expect.poll(() => page.getAttribute('border-map', 'data-palette'), { timeout: 20_000 }).toBe('dark');
    await page.close();
    expect(report.consoleErrors).toEqual([]);
  });

  it('/map/ draws a canvas over the static map, with zoom buttons, and nothing leaves the site', async () => {
    resetReport(report);
    const page = await context.newPage();
    await page.goto(`${origin}/map/`, { waitUntil: 'networkidle' });
    expect(await page.locator('.map-canvas').count(), 'nothing heavy before the reader moves').toBe(0);
    await page.mouse.move(200, 300);
    await ready(page);
    const canvas = page.locator('.map-canvas canvas');
    expect(await canvas.getAttribute('aria-label')).toMatch(/Interactive map/);
    const box = await canvas.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(await page.locator('.maplibregl-ctrl-zoom-in').count()).toBe(1);
    // The canvas really drew something: not one flat colour.
    const shot = await canvas.screenshot();
    expect(new Set(shot.subarray(1000, 40_000)).size).toBeGreaterThan(20);
    await page.close();
    expect(report.offOrigin).toEqual([]);
    expect(report.failedRequests).toEqual([]);
    expect(report.consoleErrors).toEqual([]);
  });

  it('a deep link /map/#place=<id> opens that place, and choosing another updates the URL', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/map/#place=sev-lich`);
    await ready(page);
    await page.waitForFunction(() => document.querySelector('border-map')?.getAttribute('data-view') === 'sev-lich');
    await page.waitForFunction(() => (document.querySelector('border-map')?.getAttribute('data-camera') ?? '').startsWith('46.23'), null, { timeout: 10_000 });
    const [lon, lat] = await camera(page);
    expect(lon).toBeCloseTo(46.2311, 2);
    expect(lat).toBeCloseTo(39.5981, 2);
    expect(await page.locator('[data-map-description]').innerText()).toContain('Sev Lich');
    await page.locator('a[data-place="kalbajar"]').click();
    await page.waitForFunction(() => location.hash === '#place=kalbajar');
    expect(await page.getAttribute('a[data-place="kalbajar"]', 'aria-current')).toBe('true');
    await page.close();
  });

  it('a chapter loads no MapLibre at start, then the sticky map follows the scroll steps', async () => {
    resetReport(report);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${origin}/capture/`, { waitUntil: 'load' });
    expect(requested.filter((u) => /map-app|maplibre|basemap\.json/.test(u)), 'nothing of MapLibre at start').toEqual([]);
    await page.mouse.wheel(0, 400);
    await ready(page);
    await page.locator('#map-yukhari-ayrim').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForFunction(() => document.querySelector('border-map')?.getAttribute('data-view') === 'map-yukhari-ayrim');
    await page.waitForFunction(() => (document.querySelector('border-map')?.getAttribute('data-camera') ?? '').startsWith('46.00'), null, { timeout: 10_000 });
    expect(await page.locator('border-map [data-map-description]').innerText()).toMatch(/Armenian account.*Azerbaijani account/);
    await page.close();
    expect(report.offOrigin).toEqual([]);
    expect(report.consoleErrors).toEqual([]);
  });

  it('a step anchor in a chapter link opens that view', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/capture/#map-sev-lich`);
    await ready(page);
    await page.waitForFunction(() => document.querySelector('border-map')?.getAttribute('data-view') === 'map-sev-lich');
    await page.close();
  });
});

describe('without WebGL', () => {
  it('keeps the static map, loads no MapLibre and logs nothing', async () => {
    const noGl = await launchBrowser(['--disable-webgl', '--disable-3d-apis']);
    try {
      const context = await noGl.newContext();
      const report = await watchContext(context, origin);
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      for (const path of ['/map/', '/capture/']) {
        await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
        await page.mouse.wheel(0, 3000);
        await page.waitForTimeout(500);
        expect(await page.locator('.map-svg:visible').count(), path).toBeGreaterThan(0);
        expect(await page.locator('.map-canvas').count()).toBe(0);
      }
      expect(requested.filter((u) => /map-app|maplibre/.test(u))).toEqual([]);
      expect(report.consoleErrors).toEqual([]);
      expect(report.offOrigin).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});

describe('with JavaScript off', () => {
  it('shows the static map with labels, a scale bar and the note that borders are approximate', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/map/`);
    const svg = page.locator('.map-svg').first();
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.locator('text', { hasText: 'Yerevan' }).count()).toBeGreaterThan(0);
    expect(await svg.locator('.m-scale text').textContent()).toMatch(/km/);
    expect(await page.locator('main').innerText()).toMatch(/never been delimited/);
    await context.close();
  });
});
