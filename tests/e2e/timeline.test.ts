import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { ROOT } from '../support/build.ts';

const origin = inject('origin');
const EVENT_FILES = readdirSync(join(ROOT, 'content', 'events')).filter((f) => f.endsWith('.yaml'));
const EVENT_COUNT = EVENT_FILES.length;
// The first and last events in the site's order (date, then id), whatever editors add.
const [FIRST, LAST] = (() => {
  const events = EVENT_FILES.map((f) => readFileSync(join(ROOT, 'content', 'events', f), 'utf8'))
    .map((text) => ({ id: /^id:\s*(\S+)/m.exec(text)![1], date: /^date:\s*"?([\d-]+)/m.exec(text)![1] }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return [events[0].id, events[events.length - 1].id];
})();
const CAPTURE = '2021-05-27-six-soldiers-captured';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() => customElements.get('bl-timeline') !== undefined);
  return page;
}
const selectedMark = (page: Page) => page.locator('.tl-variant:visible .tl-ev[aria-current="true"]').getAttribute('data-id');

describe('the timeline in the browser', () => {
  it('lists every event of content/events on /timeline/, with a fragment each', async () => {
    const page = await open('/timeline/');
    expect(await page.locator('#timeline .tl-item[id^="event-"]').count()).toBe(EVENT_COUNT);
    await page.close();
  });

  it('opens a deep link with that event selected, its card shown and the chart in view', async () => {
    const page = await open(`/timeline/#event-${CAPTURE}`);
    await expect.poll(() => selectedMark(page)).toBe(CAPTURE);
    expect(await page.locator('#timeline .tl-card').innerText()).toContain('Six Armenian soldiers detained');
    expect(await page.locator('#timeline .tl-chart').isVisible()).toBe(true);
    expect(page.url()).toContain(`#event-${CAPTURE}`);
    await page.close();
  });

  it('moves between events with the arrow keys and Home/End, and keeps the address in step without new history entries', async () => {
    const page = await open(`/timeline/#event-${CAPTURE}`);
    await expect.poll(() => selectedMark(page)).toBe(CAPTURE);
    await page.locator('.tl-variant:visible .tl-ev[aria-current="true"]').focus();
    const before = await page.evaluate(() => history.length);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => selectedMark(page)).toBe('2021-05-27-us-state-department-statement');
    // Focus follows the selection once the zoom animation settles (a merged badge holds it meanwhile).
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('2021-05-27-us-state-department-statement');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => selectedMark(page)).toBe(CAPTURE);
    await page.keyboard.press('End');
    await expect.poll(() => selectedMark(page)).toBe(LAST);
    await page.keyboard.press('Home');
    await expect.poll(() => selectedMark(page)).toBe(FIRST);
    expect(page.url()).toContain(`#event-${FIRST}`);
    expect(await page.evaluate(() => history.length)).toBe(before);
    // Tab leaves the chart: no keyboard trap.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.tl-svg') === null)).toBe(true);
    await page.close();
  });

  it('zooms with + and the buttons, splitting merged counts, and Reset returns to the overview', async () => {
    const page = await open('/timeline/');
    const counts = () => page.locator('.tl-variant:visible .tl-more').count();
    const initial = await counts();
    expect(initial).toBeGreaterThan(0);
    await page.locator('.tl-variant:visible .tl-ev').first().focus();
    await page.keyboard.press('+');
    await page.locator('button[data-zoom="in"]').click();
    await page.locator('button[data-zoom="in"]').click();
    await expect.poll(counts).toBeLessThan(initial);
    await page.locator('#timeline button[data-reset]').click();
    await expect.poll(counts).toBe(initial);
    // The badges are now the browser's drawing; they keep the date range in their accessible name, as built.
    const labels = await page.locator('.tl-variant:visible .tl-more').evaluateAll((badges) => badges.map((b) => b.getAttribute('aria-label') ?? ''));
    for (const label of labels) expect(label).toMatch(/^\d+ more events, .+ to .+: zoom in or open the list$/);
    await page.close();
  });

  it('filters by category and by chapter, in the chart and the list', async () => {
    const page = await open('/timeline/');
    await page.locator('#timeline input[data-filter="category"][value="military"]').uncheck();
    expect(await page.locator('.tl-variant:visible .tl-ev.tl-cat-military').count()).toBe(0);
    await page.locator('#timeline input[data-filter="chapter"][value="war"]').uncheck();
    await page.locator('#timeline .tl-list-toggle').check();
    const shown = await page.locator('#timeline .tl-item:visible').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.cat));
    expect(shown.length).toBeGreaterThan(10);
    expect(shown).not.toContain('military');
    expect(await page.locator('#timeline .tl-item:visible[data-ci="2"]').count()).toBe(0);
    await page.close();
  });

  it('swaps the chart for the list with "List view", also without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${origin}/timeline/`);
    expect(await page.locator('#timeline .tl-list').isVisible()).toBe(false);
    await page.locator('#timeline .tl-list-toggle').check();
    expect(await page.locator('#timeline .tl-list').isVisible()).toBe(true);
    expect(await page.locator('#timeline .tl-chart').isVisible()).toBe(false);
    // Without the script a deep link opens the list at the event.
    await page.goto(`${origin}/timeline/#event-${CAPTURE}`);
    expect(await page.locator(`#event-${CAPTURE}`).isVisible()).toBe(true);
    await noJs.close();
  });

  it('shows the chapter timeline on a chapter page, with deep links to its own events', async () => {
    const page = await open(`/capture/#event-${CAPTURE}`);
    await expect.poll(() => selectedMark(page)).toBe(CAPTURE);
    expect(await page.locator('#chapter-timeline .tl-item.tl-faint').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('does not shift the layout when the script starts (CLS ≤ 0.02)', async () => {
    for (const path of ['/timeline/', '/capture/']) {
      const page = await context.newPage();
      await page.addInitScript(() => {
        (window as unknown as { __cls: number }).__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
            if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls), path).toBeLessThanOrEqual(0.02);
      await page.close();
    }
  });
});
