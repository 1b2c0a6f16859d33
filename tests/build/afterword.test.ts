// The afterword and the dates that tell a reader how current each page is, as built.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { readContentTexts } from '../../src/lib/content/read.ts';

const distDir = inject('distDir');
const dom = (path: string) => parseHTML(readFileSync(join(distDir, path, 'index.html'), 'utf8')).document;
const content = readContentTexts();
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]) as Record<string, unknown>;
const chapters = content.chapters.map((c) => frontmatter(c.text) as { slug: string; kind?: string; factsAsOf: string; updated: string });
const sources = parse(content.sources!.text) as Array<{ id: string; publisher: string; via?: string; language?: string; origin: string }>;

describe('the afterword, /since-2021/', () => {
  it('is built as the afterword, not as a fifth numbered chapter', () => {
    const page = dom('since-2021');
    expect(page.querySelector('h1')?.textContent).toBe('Since 2021');
    expect(page.querySelector('article header p')?.textContent).toBe('Afterword');
    const capture = dom('capture');
    expect(capture.querySelector('article header p')?.textContent).toBe(`Chapter 1 of ${chapters.filter((c) => c.kind !== 'afterword').length}`);
  });

  it('is linked from the navigation of every page and from the home page', () => {
    for (const path of ['', 'capture', 'timeline', 'map']) {
      const nav = dom(path).querySelector('nav[aria-label="Chapters and pages"]');
      expect(nav?.querySelector('a[href="/since-2021/"]'), path || 'home').not.toBeNull();
    }
    const home = dom('');
    expect(home.querySelector('main a[href="/since-2021/"]')).not.toBeNull();
  });

  it('puts its events on the timeline and its map views on the page', () => {
    const events = content.events.map((e) => parse(e.text) as { id: string; chapter: string }).filter((e) => e.chapter === 'since-2021');
    expect(events.length).toBeGreaterThanOrEqual(10);
    const timeline = readFileSync(join(distDir, 'timeline', 'index.html'), 'utf8');
    for (const e of events) expect(timeline, e.id).toContain(`event-${e.id}`);
    const page = dom('since-2021');
    expect(page.querySelector('#map-tavush')).not.toBeNull();
    expect(page.querySelector('#map-nagorno-karabakh')).not.toBeNull();
  });
});

describe('"Facts as of" and "Updated"', () => {
  it.each(chapters.map((c) => [c.slug, c]))('/%s/ shows both dates from its frontmatter, linked to their explanation', (slug, c) => {
    const meta = dom(slug as string).querySelector('article header p.mt-4')!;
    const times = [...meta.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
    expect(times).toEqual([c.factsAsOf, c.updated]);
    expect(meta.textContent).toMatch(/Facts as of/);
    expect(meta.querySelector('a[href="/about/#facts-as-of"]')).not.toBeNull();
  });

  it('the About page explains what "as of" means at the linked anchor', () => {
    expect(dom('about').getElementById('facts-as-of')?.textContent).toMatch(/as of/i);
  });
});

describe('sources as readers see them', () => {
  it('name the original publisher, say where a copy was read, and mark the language of foreign titles', () => {
    const page = dom('sources');
    const copy = sources.find((s) => s.via)!;
    expect(page.getElementById(copy.id)?.textContent).toContain(`${copy.publisher} (read via ${copy.via})`);
    for (const s of sources.filter((s) => s.language)) {
      const title = page.getElementById(s.id)?.querySelector('a[lang]');
      expect(title?.getAttribute('lang'), s.id).toBe(s.language);
    }
    expect(sources.filter((s) => s.language).length).toBeGreaterThan(0);
  });
});
