import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { weighPage } from '../../src/lib/audit/size.ts';
import { distReader, readBuiltPages } from '../../scripts/lib/dist.ts';
import { parseDocument } from '../../src/lib/audit/html.ts';
import { ROOT } from '../support/build.ts';

const distDir = inject('distDir');
const pages = readBuiltPages(distDir);
const read = distReader(distDir);
const eventFiles = readdirSync(join(ROOT, 'content', 'events')).filter((f) => f.endsWith('.yaml'));

describe('the built timelines', () => {
  it('/timeline/ has every event of content/events, in the list and as a mark in every width variant', () => {
    const document = parseDocument(pages.find((p) => p.path === '/timeline/')!.html);
    expect(document.querySelectorAll('#timeline .tl-item[id^="event-"]').length).toBe(eventFiles.length);
    const variants = [...document.querySelectorAll('#timeline .tl-svg')];
    expect(variants.length).toBeGreaterThan(1);
    for (const svg of variants) {
      const drawn = svg.querySelectorAll('.tl-ev').length;
      const merged = [...svg.querySelectorAll('.tl-more')].reduce((n, m) => n + m.getAttribute('data-ids')!.split(' ').length, 0);
      expect(drawn + merged, svg.getAttribute('data-width')!).toBe(eventFiles.length);
      expect(svg.querySelector('title')?.textContent).toBeTruthy();
      expect(svg.querySelector('desc')?.textContent).toBeTruthy();
    }
  });

  it('every chapter lists each of its own events with a #event-<id> anchor, other chapters only as faint context', () => {
    const chapterOf = new Map(
      eventFiles.map((f) => [f.replace(/\.yaml$/, ''), /^chapter: (\S+)/m.exec(readFileSync(join(ROOT, 'content', 'events', f), 'utf8'))![1]]),
    );
    // Each chapter page, and each chapter's embeddable timeline (/embed/timeline/<chapter>/).
    const chapterPages = pages.filter((p) => p.html.includes('id="chapter-timeline"'));
    expect(chapterPages.length).toBe(2 * new Set(chapterOf.values()).size);
    for (const page of chapterPages) {
      const slug = page.path.split('/').filter(Boolean).at(-1)!;
      const document = parseDocument(page.html);
      const own = [...document.querySelectorAll('#chapter-timeline .tl-item:not(.tl-faint)')].map((li) => li.getAttribute('id')!.replace(/^event-/, ''));
      const faint = [...document.querySelectorAll('#chapter-timeline .tl-item.tl-faint')].map((li) => li.getAttribute('data-id')!);
      expect(own.sort(), page.path).toEqual(
        [...chapterOf]
          .filter(([, c]) => c === slug)
          .map(([id]) => id)
          .sort(),
      );
      for (const id of faint) expect(chapterOf.get(id), id).not.toBe(slug);
    }
  });

  it('the timeline module stays within 15 KB gzipped and loads only on pages with a timeline', () => {
    for (const page of pages) {
      const weight = weighPage(page.path, page.html, read);
      const timelineCode = weight.onDemand.filter((m) => /timeline/i.test(m.file));
      if (!page.html.includes('<bl-timeline')) {
        expect(timelineCode, page.path).toEqual([]);
        continue;
      }
      expect(timelineCode.length, page.path).toBeGreaterThan(0);
      const total = timelineCode.reduce((n, m) => n + m.bytes, 0) + weight.jsAtStart;
      expect(total, `${page.path}: ${total} bytes gz`).toBeLessThanOrEqual(15 * 1024);
    }
  });
});
