import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { distReader } from '../../scripts/lib/dist.ts';

const distDir = inject('distDir');
const read = distReader(distDir);
const contentDir = join(import.meta.dirname, '..', '..', 'content');
/** Each figure file and the chapter that shows it, found from the <Figure id="…"/> in the chapter's MDX. */
const figures = readdirSync(join(contentDir, 'figures'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .map((id) => {
    const chapter = readdirSync(join(contentDir, 'chapters')).find((c) =>
      readFileSync(join(contentDir, 'chapters', c), 'utf8').includes(`<Figure id="${id}"/>`),
    );
    const slug = chapter && /^slug:\s*(\S+)/m.exec(readFileSync(join(contentDir, 'chapters', chapter), 'utf8'))![1];
    return [id, slug] as const;
  });

describe('figures in the built site', () => {
  it('every figure in content/figures/ is shown in a chapter', () => {
    expect(figures.length).toBeGreaterThanOrEqual(3);
    for (const [id, slug] of figures) expect(slug, id).toBeDefined();
  });

  it.each(figures)('%s: caption, takeaway, both SVGs, source links, a data table and a CSV link that exists', (id, slug) => {
    const { document } = parseHTML(read(`/${slug}/index.html`)!.toString());
    const figure = document.querySelector(`figure[aria-labelledby="figure-${id}"]`)!;
    expect(figure, `figure ${id} on /${slug}/`).not.toBeNull();
    expect(figure.querySelector('.figure-title')!.textContent!.length).toBeGreaterThan(10);
    expect(figure.querySelector('.figure-takeaway')!.textContent!.length).toBeGreaterThan(20);
    const svgs = [...figure.querySelectorAll('svg.figure-svg')];
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) {
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')!.length).toBeGreaterThan(20);
    }
    expect(figure.querySelectorAll('.figure-sources a[href^="http"]').length).toBeGreaterThan(0);
    const table = figure.querySelector('details.figure-data table')!;
    expect(table.querySelectorAll('thead th').length).toBeGreaterThan(3);
    expect(table.querySelectorAll('tbody tr').length).toBeGreaterThan(2);
    const link = figure.querySelector('a[download]')!;
    expect(link.textContent).toMatch(/Download the data \(CSV\)/);
    const csv = read(link.getAttribute('href')!);
    expect(csv, link.getAttribute('href')!).toBeDefined();
    const [header, ...rows] = csv!.toString().trim().split('\r\n');
    expect(header.split(',').length).toBe(table.querySelectorAll('thead th').length);
    expect(rows.length).toBe(table.querySelectorAll('tbody tr').length);
  });

  it.each(figures)('%s: its SVG is at most 15 KB gzipped and carries no style attributes', (id, slug) => {
    const html = read(`/${slug}/index.html`)!.toString();
    const svgs = html.match(new RegExp(`<figure[^>]*aria-labelledby="figure-${id}"[\\s\\S]*?</figure>`))![0].match(/<svg[\s\S]*?<\/svg>/g)!;
    const bytes = gzipSync(svgs.join('')).length;
    console.log(`${id}: SVG (both widths) ${(bytes / 1024).toFixed(1)} KB gzipped`);
    expect(bytes).toBeLessThanOrEqual(15 * 1024);
    expect(svgs.join('')).not.toMatch(/\sstyle=/);
  });
});
