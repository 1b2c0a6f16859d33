// The embeddable views as a learning platform shows them: framed by a page on another origin (another loopback
// address), with the response headers the site's _headers file gives them.
import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { listenForCspViolations, WCAG_TAGS } from '../support/page-checks.ts';
import { useBrowser } from '../support/use-browser.ts';

const browser = useBrowser();
const CAPTURE_EVENT = '2021-05-27-six-soldiers-captured';
const frames = {
  section: '/embed/capture/the-run-up/',
  map: '/embed/capture/map-yukhari-ayrim/',
  timeline: `/embed/timeline/capture/#event-${CAPTURE_EVENT}`,
  chapter: '/capture/',
};

let site: { server: Server; origin: string };
let platform: Server;
let platformOrigin: string;
let page: Page;

beforeAll(async () => {
  site = await serveStatic(inject('distDir'), '/', { headers: true });
  const iframes = Object.entries(frames)
    .map(([name, path]) => `<h2>${name}</h2><iframe name="${name}" title="${name}" src="${site.origin}${path}" width="900" height="700"></iframe>`)
    .join('\n');
  platform = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><title>A course page</title><main><h1>Lesson</h1>${iframes}</main></html>`);
  });
  // 127.0.0.2 is loopback too, but a different host, so the course page and the site are different origins.
  await new Promise<void>((resolve) => platform.listen(0, '127.0.0.2', resolve));
  const address = platform.address();
  platformOrigin = `http://127.0.0.2:${typeof address === 'object' && address ? address.port : 0}`;
  const context = await browser().newContext({ viewport: { width: 1000, height: 900 } });
  await listenForCspViolations(context);
  page = await context.newPage();
  await page.goto(`${platformOrigin}/`, { waitUntil: 'networkidle' });
});

afterAll(async () => {
  await page?.context().close();
  site?.server.close();
  platform?.close();
});

const frame = (name: keyof typeof frames): Frame => page.frame({ name })!;

describe('an embed framed by a page on another origin', () => {
  it('is another origin than the course page', () => {
    expect(new URL(site.origin).origin).not.toBe(new URL(platformOrigin).origin);
  });

  it.each(['section', 'map', 'timeline'] as const)(
    'the %s view loads inside the frame, without the site’s menus, with a link back that opens a new tab',
    async (name) => {
      const f = frame(name);
      await expect.poll(() => f.locator('h1').count()).toBe(1);
      expect(await f.locator('a[href="#main"], bl-site-menu, bl-theme-toggle').count()).toBe(0);
      const back = f.locator('footer a').first();
      expect(await back.getAttribute('target')).toBe('_blank');
      expect(await back.getAttribute('href')).toMatch(/^\/(capture|timeline)\//);
      expect(await f.locator('footer').innerText()).toMatch(/CC BY 4\.0/);
    },
  );

  it('keeps every link that leaves the embed out of the frame', async () => {
    for (const name of ['section', 'map', 'timeline'] as const) {
      const leaving = await frame(name).evaluate(() =>
        [...document.querySelectorAll('a[href]')]
          .filter((a) => !a.getAttribute('href')!.startsWith('#') && a.getAttribute('target') !== '_blank')
          .map((a) => a.outerHTML.slice(0, 120)),
      );
      expect(leaving, name).toEqual([]);
    }
  });

  it('shows the section’s text, its maps and only the sources it cites, numbered as in the chapter', async () => {
    const f = frame('section');
    expect(await f.locator('h2#the-run-up').count()).toBe(1);
    expect(await f.locator('h2#the-morning-of-27-may').count()).toBe(0);
    expect(await f.locator('.map-step figure svg').first().isVisible()).toBe(true);
    const cited = await f.evaluate(() => [...new Set([...document.querySelectorAll('sup.cite a')].map((a) => a.getAttribute('href')))]);
    const listed = await f.evaluate(() => [...document.querySelectorAll('.source-list li[id]')].map((li) => `#${li.id}`));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.sort()).toEqual(cited.sort());
  });

  it('follows a citation inside the frame (from the keyboard) and leaves the course page where it was', async () => {
    const f = frame('section');
    const mark = f.locator('sup.cite a').first();
    const target = (await mark.getAttribute('href'))!;
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => f.url()).toContain(target);
    expect(page.url()).toBe(`${platformOrigin}/`);
    expect(await f.evaluate((id) => document.querySelector(id)!.matches(':target'), target)).toBe(true);
  });

  it('opens the timeline on the event its address names', async () => {
    const card = frame('timeline').locator('.tl-card');
    await expect.poll(() => card.innerText()).toContain('Six Armenian soldiers detained');
  });

  it('draws the map view with a key that lists only what it shows', async () => {
    const f = frame('map');
    expect(await f.locator('svg.map-svg[role="img"]').getAttribute('aria-label')).toMatch(/Yukhari Ayrim/);
    const key = await f.locator('.legend li').allInnerTexts();
    expect(key.length).toBeGreaterThan(2);
    expect(key.join(' ')).toMatch(/Armenian account/);
    expect(key.join(' ')).toMatch(/Azerbaijani account/);
    for (const [text, cls] of [
      ['District handed over', 'm-handover'],
      ['Lachin corridor', 'm-corridor'],
      ['Soviet Nagorno-Karabakh', 'm-nkao'],
    ]) {
      const drawn = await f.locator(`svg.map-svg .${cls}`).count();
      expect(
        key.some((k) => k.includes(text)),
        `${text} in the key`,
      ).toBe(drawn > 0);
    }
  });

  it('breaks no Content Security Policy rule inside the frames', async () => {
    for (const name of ['section', 'map', 'timeline'] as const) {
      expect(await frame(name).evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []), name).toEqual([]);
    }
  });

  it('passes axe (WCAG 2.2 A and AA) with the frames’ contents', async () => {
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).exclude('iframe[name="chapter"]').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
  });
});

describe('a page that is not an embed', () => {
  it('refuses to be framed by another site (frame-ancestors)', async () => {
    await expect.poll(() => frame('chapter').url()).toMatch(/^chrome-error:/);
  });

  it('is still framed by the site itself', async () => {
    const own = await page.context().newPage();
    await own.goto(`${site.origin}/embed/capture/the-run-up/`);
    await own.evaluate((src) => {
      const iframe = document.createElement('iframe');
      iframe.name = 'own';
      iframe.src = src;
      document.body.append(iframe);
    }, `${site.origin}/capture/`);
    await expect.poll(async () => (await own.frame({ name: 'own' })?.locator('h1').count()) ?? 0).toBe(1);
    await own.close();
  });
});
