// The embeddable views in the built site: one for every section and map view of every chapter and for each
// timeline, each the same text as its chapter, all offered on /teachers/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readBuiltPages } from '../../scripts/lib/dist.ts';
import { parseDocument } from '../../src/lib/audit/html.ts';
import { isEmbedPath } from '../../src/lib/embed/address.ts';

const distDir = inject('distDir');
const pages = readBuiltPages(distDir);
const html = (path: string) => pages.find((p) => p.path === path)?.html;
const chapters = pages.filter((p) => p.html.includes('id="chapter-timeline"') && !isEmbedPath(p.path)).map((p) => p.path.replaceAll('/', ''));
const text = (node: { textContent: string | null } | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the embeds', () => {
  it('exist for every section and map view of every chapter, and for each timeline', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(5);
    expect(html('/embed/timeline/')).toBeDefined();
    for (const slug of chapters) {
      const document = parseDocument(html(`/${slug}/`)!);
      const sections = [...document.querySelectorAll('bl-toc-spy a[href^="#"]')]
        .map((a) => a.getAttribute('href')!.slice(1))
        .filter((id) => document.querySelector(`.prose h2[id="${id}"]`));
      const steps = [...document.querySelectorAll('.prose .map-step[id]')].map((s) => s.getAttribute('id')!);
      expect(sections.length, slug).toBeGreaterThan(2);
      for (const id of [...sections, ...steps]) expect(html(`/embed/${slug}/${id}/`), `/embed/${slug}/${id}/`).toBeDefined();
      expect(html(`/embed/timeline/${slug}/`), slug).toBeDefined();
    }
  });

  it('show a section exactly as its chapter does, with the sources it cites', () => {
    for (const slug of chapters) {
      const chapter = parseDocument(html(`/${slug}/`)!);
      for (const page of pages.filter((p) => p.path.startsWith(`/embed/${slug}/`) && !p.path.includes('/map-'))) {
        const id = page.path.split('/')[3];
        const embed = parseDocument(page.html);
        const heading = chapter.querySelector(`.prose h2[id="${id}"]`)!;
        // The chapter's section: the heading and everything after it up to the next section heading.
        let own = text(heading);
        for (let node = heading.nextElementSibling; node && !(node.tagName === 'H2' && node.id); node = node.nextElementSibling) own += ` ${text(node)}`;
        expect(text(embed.querySelector('.embed-piece')), page.path).toBe(own.trim());
        const cited = new Set([...embed.querySelectorAll('.embed-piece sup.cite a')].map((a) => a.getAttribute('href')!.slice(1)));
        const listed = [...embed.querySelectorAll('.source-list li[id]')].map((li) => li.id);
        expect(new Set(listed), page.path).toEqual(cited);
      }
    }
  });

  it('are all offered on /teachers/ with a code to copy, and each code frames an embed that exists', () => {
    const document = parseDocument(html('/teachers/')!);
    const previews = new Set([...document.querySelectorAll('a[href^="/embed/"]')].map((a) => a.getAttribute('href')!));
    const embeds = pages.filter((p) => isEmbedPath(p.path)).map((p) => p.path);
    expect([...previews].sort()).toEqual(embeds.sort());
    const codes = [...document.querySelectorAll('code[id*="embed"]')].map((c) => c.textContent ?? '');
    expect(codes.length).toBe(embeds.length);
    for (const code of codes) {
      const src = /<iframe src="([^"]+)" title="Border Lines: [^"]+"/.exec(code)?.[1];
      expect(src, code).toBeDefined();
      expect(existsSync(join(distDir, new URL(src!).pathname, 'index.html')), src).toBe(true);
    }
  });

  it('are left out of the sitemap, which points search engines to the full pages', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/capture/');
    expect(sitemap).not.toContain('/embed/');
  });
});
