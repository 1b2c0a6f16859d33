import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { readContentTexts } from '../../src/lib/content/read.ts';
import { PERIODS } from '../../src/lib/map/periods.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { useBrowser } from '../support/use-browser.ts';
import { resetReport, watchContext, WCAG_TAGS, type PageReport } from '../support/page-checks.ts';

const origin = inject('origin');

const browser = useBrowser();

// Counted from the content, so an editor who adds a district or a step changes the expectation with it.
const content = readContentTexts();
const HANDOVERS = (content.areas?.text.match(/^ {2}kind: handover$/gm) ?? []).length;
const CAPTURE_STEPS = (content.chapters.find((c) => /^slug: capture$/m.test(c.text))?.text.match(/<MapStep\b/g) ?? []).length;

/** The interactive map's camera as the element reports it after each move: [lon, lat, zoom]. */
const camera = async (page: Page, selector = 'bl-map') => ((await page.getAttribute(selector, 'data-camera')) ?? '').split(',').map(Number);
const ready = (page: Page) => page.waitForSelector('bl-map[data-ready]', { timeout: 30_000 });

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
    expect(await page.getAttribute('bl-map', 'data-palette')).toBe('light');
    await page.locator('input[name="period"][value="war-2020"]').check();
    expect(await page.getAttribute('bl-map', 'data-period'), 'the period also chooses which areas are drawn').toBe('war-2020');
    await page.locator('bl-theme-toggle button').click();
    await expect.poll(() => page.getAttribute('bl-map', 'data-palette'), { timeout: 20_000 }).toBe('dark');
    expect(await page.getAttribute('bl-map', 'data-period'), 'and it survives the new style').toBe('war-2020');
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
    await page.waitForFunction(() => document.querySelector('bl-map')?.getAttribute('data-view') === 'sev-lich');
    await page.waitForFunction(() => (document.querySelector('bl-map')?.getAttribute('data-camera') ?? '').startsWith('46.23'), null, { timeout: 10_000 });
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
    expect(
      requested.filter((u) => /map-app|maplibre|basemap\.json/.test(u)),
      'nothing of MapLibre at start',
    ).toEqual([]);
    await page.mouse.wheel(0, 400);
    await ready(page);
    await page.locator('#map-yukhari-ayrim').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForFunction(() => document.querySelector('bl-map')?.getAttribute('data-view') === 'map-yukhari-ayrim');
    await page.waitForFunction(() => (document.querySelector('bl-map')?.getAttribute('data-camera') ?? '').startsWith('46.00'), null, { timeout: 10_000 });
    expect(await page.locator('bl-map [data-map-description]').innerText()).toMatch(/Armenian account.*Azerbaijani account/);
    await page.close();
    expect(report.offOrigin).toEqual([]);
    expect(report.consoleErrors).toEqual([]);
  });

  it('a step anchor in a chapter link opens that view', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/capture/#map-sev-lich`);
    await ready(page);
    await page.waitForFunction(() => document.querySelector('bl-map')?.getAttribute('data-view') === 'map-sev-lich');
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

describe('the /map/ period filter with JavaScript off', () => {
  it("also filters the static map: that period's events, and only the areas that existed by its end", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/map/`);
    const svg = page.locator('.map-svg').first();
    expect(HANDOVERS).toBeGreaterThan(0);
    expect(await svg.locator('path.m-handover:visible').count()).toBe(HANDOVERS);
    await page.locator('input[name="period"][value="war-2020"]').check();
    expect(await svg.locator('path.m-handover:visible').count(), 'no district handed over yet').toBe(0);
    expect(await svg.locator('path.m-claim:visible').count()).toBe(0);
    expect(await svg.locator('path.m-hatch:visible').count()).toBe(1);
    const events = await svg.locator('circle.m-event:visible').count();
    expect(events).toBeGreaterThan(0);
    expect(events).toBe(await svg.locator('circle.m-event[data-period="war-2020"]').count());
    await page.locator('input[name="period"][value="may-2021"]').check();
    expect(await svg.locator('path.m-claim:visible').count(), 'both accounts of 27 May').toBe(2);
    expect(await svg.locator('path.m-hatch:visible').count()).toBe(0);
    // Every period filters, the newest too (its rule is written from the list of periods, not by hand).
    for (const period of PERIODS.map((p) => p.id)) {
      await page.locator(`input[name="period"][value="${period}"]`).check();
      const shown = await svg.locator('circle.m-event:visible').count();
      expect(shown, period).toBe(await svg.locator(`circle.m-event[data-period="${period}"]`).count());
      expect(await page.locator('#places ~ ul li[data-period]:visible').count(), period).toBe(
        await page.locator(`#places ~ ul li[data-period="${period}"]`).count(),
      );
    }
    await context.close();
  });
});

describe('chapter maps on a phone with JavaScript off', () => {
  it("show each step's static map, and a link to the place on the map page instead of a button", async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/capture/`);
    expect(CAPTURE_STEPS).toBeGreaterThan(1);
    expect(await page.locator('[data-map-step] .map-svg:visible').count()).toBe(CAPTURE_STEPS);
    expect(await page.locator('button[data-map-explore]').count()).toBe(0);
    expect(await page.locator('#map-sev-lich a[data-map-explore]').getAttribute('href')).toBe('/map/#place=sev-lich');
    await context.close();
  });
});

describe('chapter maps on a phone', () => {
  let context: BrowserContext;
  let report: PageReport;
  beforeAll(async () => {
    context = await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    report = await watchContext(context, origin);
  });
  afterAll(async () => {
    await context?.close();
  });
  const mapRequests = (urls: string[]) => urls.filter((u) => /map-app|maplibre|basemap\.json/.test(u));
  const canvasStep = (page: Page) => page.evaluate(() => document.querySelector('.map-canvas')?.closest('[data-map-step]')?.id);

  it('load no MapLibre while the reader scrolls, and offer each step its own map to explore', async () => {
    resetReport(report);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${origin}/capture/`, { waitUntil: 'load' });
    for (let y = 0; y < 12; y++) {
      await page.evaluate(() => window.scrollBy(0, 700));
      await page.waitForTimeout(100);
    }
    await page.waitForTimeout(1000);
    expect(mapRequests(requested), 'the hidden sticky map must not load anything').toEqual([]);
    const steps = await page.locator('[data-map-step]').count();
    expect(steps).toBe(CAPTURE_STEPS);
    expect(await page.locator('[data-map-step] button[data-map-explore]:visible').count(), 'the link to the map page becomes a button').toBe(steps);
    const box = await page.locator('#map-sev-lich button[data-map-explore]').boundingBox();
    expect(box!.height, 'a 24 px target at least').toBeGreaterThanOrEqual(24);
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`),
      'axe on the phone layout',
    ).toEqual([]);
    await page.close();
    expect(report.consoleErrors).toEqual([]);
  });

  it('a keyboard user who presses "Explore this map" lands on the map', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/capture/`, { waitUntil: 'load' });
    await page.locator('#map-sev-lich button[data-map-explore]').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('bl-map[data-ready]', { state: 'attached', timeout: 30_000 });
    await page.waitForFunction(() => document.activeElement?.tagName === 'CANVAS', null, { timeout: 5_000 });
    expect(await page.evaluate(() => document.activeElement?.closest('[data-map-step]')?.id)).toBe('map-sev-lich');
    await page.close();
  });

  it('"Explore this map" opens the map in that step; scrolling moves it inline to the next step and its view', async () => {
    resetReport(report);
    const page = await context.newPage();
    await page.goto(`${origin}/capture/#map-gegharkunik`, { waitUntil: 'load' });
    await page.locator('#map-yukhari-ayrim').scrollIntoViewIfNeeded();
    await page.locator('#map-yukhari-ayrim button[data-map-explore]').click();
    // The sticky map element itself stays hidden on a phone; its map is in the step.
    await page.waitForSelector('bl-map[data-ready]', { state: 'attached', timeout: 30_000 });
    expect(await canvasStep(page)).toBe('map-yukhari-ayrim');
    expect(await page.getAttribute('bl-map', 'data-highlight'), 'the first view outlines its areas too').toBe(
      'capture-armenian-account capture-azerbaijani-account',
    );
    await page.waitForFunction(() => (document.querySelector('bl-map')?.getAttribute('data-camera') ?? '').startsWith('46.00'), null, { timeout: 10_000 });
    expect(await page.locator('#map-yukhari-ayrim .map-svg').getAttribute('aria-hidden')).toBe('true');
    expect(await page.locator('button[data-map-explore]').count(), 'the offer is gone once the map is open').toBe(0);
    expect(await page.locator('[data-map-step] a[data-map-explore]:visible').count(), 'and the links to the map page are back').toBe(CAPTURE_STEPS);
    const canvas = await page.locator('#map-yukhari-ayrim .map-canvas canvas').boundingBox();
    expect(canvas!.width).toBeGreaterThan(300);

    await page.locator('#map-sev-lich').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForFunction(() => document.querySelector('bl-map')?.getAttribute('data-view') === 'map-sev-lich', null, { timeout: 10_000 });
    expect(await canvasStep(page)).toBe('map-sev-lich');
    expect(await page.getAttribute('bl-map', 'data-highlight')).toBe('');
    await page.waitForFunction(() => (document.querySelector('bl-map')?.getAttribute('data-camera') ?? '').startsWith('46.23'), null, { timeout: 10_000 });
    expect(await page.locator('#map-yukhari-ayrim .map-svg').getAttribute('aria-hidden'), 'the step it left shows its static map again').toBeNull();

    // Turned to a wide screen, the same map moves to the sticky frame beside the text.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForFunction(() => !!document.querySelector('bl-map [data-map-frame] .map-canvas'), null, { timeout: 10_000 });
    expect(await page.locator('.map-canvas').count()).toBe(1);
    await page.close();
    expect(report.offOrigin).toEqual([]);
    expect(report.failedRequests).toEqual([]);
    expect(report.consoleErrors).toEqual([]);
  });
});
