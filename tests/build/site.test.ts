import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { readContentTexts } from '../../src/lib/content/read.ts';
import { builtPageFiles as builtPages } from '../../scripts/lib/dist.ts';
import { isEmbedPath } from '../../src/lib/embed/address.ts';

const readPage = (file: string) => readFileSync(file, 'utf8');

const distDir = inject('distDir');
const dom = (path: string) => parseHTML(readPage(join(distDir, path, path.endsWith('.html') ? '' : 'index.html'))).document;
const chapterSlugs = readContentTexts().chapters.map((c) => /^slug:\s*(\S+)/m.exec(c.text)![1]);

describe('the built site', () => {
  it('has every route: home, each chapter, sources, glossary, about and a 404 page', () => {
    const paths = builtPages(distDir).map((p) => p.path);
    for (const path of ['/', ...chapterSlugs.map((s) => `/${s}/`), '/sources/', '/glossary/', '/about/', '/404.html']) {
      expect(paths).toContain(path);
    }
  });

  it.each(builtPages(inject('distDir')).map((p) => [p.path, p.file]))('%s has lang, one h1, a title, a description and a canonical URL', (path, file) => {
    const { document } = parseHTML(readPage(file));
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(document.title).toMatch(/Border Lines/);
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(20);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\//);
    // An embed has no menus to skip; every other page starts with a skip link.
    if (isEmbedPath(path)) {
      expect(document.querySelector('a[href="#main"], bl-site-menu'), path).toBeNull();
      expect(document.querySelector('meta[name="robots"]')?.getAttribute('content'), path).toBe('noindex');
    } else expect(document.querySelector('a[href="#main"]')).not.toBeNull();
  });

  it('every page loads one small shared script; other scripts only where a page needs them', () => {
    const shared = new Set<string>();
    for (const { path, file } of builtPages(distDir)) {
      const html = readPage(file);
      const sources = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
      const common = sources.filter((src) => src.includes('BaseLayout'));
      // Embeds leave out the site's menus, and with them the shared script.
      expect(common, path).toHaveLength(isEmbedPath(path) ? 0 : 1);
      if (common[0]) shared.add(common[0]);
      for (const src of sources.filter((s) => !s.includes('BaseLayout'))) {
        // The map loader on pages with a map, the timeline loader on pages with a timeline, the search runner
        // on /search/. Nothing else.
        if (src.includes('InteractiveMap')) expect(html, `${path}: ${src}`).toContain('<bl-map');
        else if (/\/Timeline[^/]*\.js$/.test(src)) expect(html, `${path}: ${src}`).toContain('<bl-timeline');
        else expect(path, src).toBe('/search/');
      }
    }
    expect(shared.size).toBe(1);
    expect(gzipSync(readFileSync(join(distDir, [...shared][0]))).length).toBeLessThan(5 * 1024);
  });

  it("numbers citations, and each one links to an entry in the page's source list that links back", () => {
    const document = dom('capture');
    const marks = [...document.querySelectorAll('.cite a')];
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      const target = document.getElementById(mark.getAttribute('href')!.slice(1));
      expect(target, mark.getAttribute('href')!).not.toBeNull();
      expect(target!.querySelector(`a[href="#${mark.id}"]`), `back-link to ${mark.id}`).not.toBeNull();
      expect(mark.textContent).toContain(String([...target!.parentElement!.children].indexOf(target!) + 1));
    }
  });

  it('shows contested claims with the Armenian account first, then the Azerbaijani, each with sources', () => {
    const document = dom('capture');
    const groups = [...document.querySelectorAll('.claims')];
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      const sides = [...group.querySelectorAll('.claim')].map((c) => c.getAttribute('data-side'));
      expect(sides.indexOf('armenia')).toBeLessThan(sides.indexOf('azerbaijan'));
      for (const claim of group.querySelectorAll('.claim')) expect(claim.querySelector('.cite a')).not.toBeNull();
    }
  });

  it('gives headings the stable ids editors wrote and leaves no [#id] markers in the text', () => {
    const document = dom('capture');
    for (const heading of document.querySelectorAll('.prose h2, .prose h3')) {
      expect(heading.id).toMatch(/^[a-z0-9-]+$/);
      expect(heading.textContent).not.toContain('[#');
    }
    expect(readPage(join(distDir, 'capture', 'index.html'))).not.toContain('[#');
  });

  it('renders no visible content-problem warnings', () => {
    for (const { file } of builtPages(distDir)) expect(readPage(file), file).not.toContain('unknown-content');
  });

  it('shows both names of a two-name place at first mention', () => {
    expect(dom('capture').querySelector('.prose')!.textContent).toMatch(/Kalbajar\/Karvachar/);
  });

  it('lists every source on /sources/ with an anchor', () => {
    const document = dom('sources');
    const ids = [...document.querySelectorAll('main li[id]')].map((li) => li.id);
    const expected = [...readContentTexts().sources!.text.matchAll(/^- id: (\S+)/gm)].map((m) => m[1]);
    expect(ids.sort()).toEqual(expected.sort());
  });

  it('self-hosts every font and preloads at most two', () => {
    for (const { file } of builtPages(distDir)) {
      const html = readPage(file);
      expect(html).not.toMatch(/fonts\.(googleapis|gstatic)\.com/);
      expect((html.match(/rel="preload"[^>]*as="font"/g) ?? []).length).toBeLessThanOrEqual(2);
    }
    const { document } = parseHTML(readPage(join(distDir, 'index.html')));
    for (const link of document.querySelectorAll('link[as="font"]')) expect(existsSync(join(distDir, link.getAttribute('href')!))).toBe(true);
  });
});
