import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { readContentTexts } from '../../src/lib/content/read.ts';
import { ON_DEMAND_MB } from '../../src/lib/map/on-demand.ts';
import { mapStepAnchor, idsOf } from '../../src/lib/map/steps.ts';
import { findComponentUsages } from '../../src/lib/mdx/usages.ts';
import { contentChapters } from '../support/chapters.ts';

const distDir = inject('distDir');
const contentDir = join(import.meta.dirname, '..', '..', 'content');
const areaTitles = new Map<string, string>(
  (parse(readFileSync(join(contentDir, 'map', 'areas.yaml'), 'utf8')) as Array<{ id: string; title: string }>).map((a) => [a.id, a.title]),
);
const squash = (text: string) => text.replace(/\s+/g, '');
/** The text of every label in an SVG, wrapped lines joined, spaces removed (lines break at spaces). */
const labelsOf = (svg: Element) => [...svg.querySelectorAll('text')].map((t) => squash(t.textContent ?? ''));

/** Every <MapStep highlight="…"> in the chapters: its page, its anchor and the areas it outlines. */
const highlightedSteps = readContentTexts().chapters.flatMap((chapter) => {
  const slug = /^slug:\s*(\S+)/m.exec(chapter.text)![1];
  return findComponentUsages(chapter.text)
    .filter((u) => u.name === 'MapStep' && u.attributes.highlight?.value)
    .map((u) => ({
      slug,
      anchor: mapStepAnchor(u.attributes.id?.value ?? undefined, u.attributes.place!.value!),
      areas: idsOf(u.attributes.highlight!.value!),
    }));
});

describe('labels on the static maps', () => {
  it('the chapters have steps that outline areas (so the next test checks something)', () => {
    expect(highlightedSteps.length).toBeGreaterThanOrEqual(3);
  });

  it.each(highlightedSteps.map((s) => [`${s.slug}#${s.anchor}`, s]))('%s labels every area it outlines with its whole title', (_name, step) => {
    const { document } = parseHTML(readFileSync(join(distDir, step.slug, 'index.html'), 'utf8'));
    const svg = document.querySelector(`#${step.anchor} .map-svg`);
    expect(svg, step.anchor).not.toBeNull();
    const labels = labelsOf(svg!);
    for (const id of step.areas) expect(labels, `${step.anchor}: ${id}`).toContain(squash(areaTitles.get(id)!));
  });

  it('the overview on /map/ labels both accounts of the capture site', () => {
    const { document } = parseHTML(readFileSync(join(distDir, 'map', 'index.html'), 'utf8'));
    const labels = labelsOf(document.querySelector('.map-svg')!);
    expect(labels).toContain(squash('Armenian account'));
    expect(labels).toContain(squash('Azerbaijani account'));
  });
});

describe('the peacekeeping mission on the maps', () => {
  it('/map/ draws the command post, keys it in the legend and says why the zones are not outlined', () => {
    const { document } = parseHTML(readFileSync(join(distDir, 'map', 'index.html'), 'utf8'));
    expect(document.querySelectorAll('.map-svg path.m-peacekeeping').length).toBe(1);
    expect(document.querySelector('.legend')?.textContent).toMatch(/peacekeepers' command post/);
    expect(document.querySelector('#area-peacekeepers-command-post')?.textContent).toMatch(/does not draw the zones' edges/);
  });
});

describe('the cost of the interactive map, as the phone button states it', () => {
  it(`"${ON_DEMAND_MB} MB" matches what loading it fetches: MapLibre, its worker and CSS, label fonts and geodata`, () => {
    const astro = join(distDir, '_astro');
    const app = readdirSync(astro).find((f) => /^map-app\..*\.js$/.test(f))!;
    const appText = readFileSync(join(astro, app), 'utf8');
    const assets = [...new Set(appText.match(/\/_astro\/[\w.-]+\.(?:mjs|css|woff2)/g) ?? [])];
    expect(assets.length, 'worker, CSS and three label fonts').toBe(5);
    const gz = (file: string) => (file.endsWith('.woff2') ? readFileSync(file).length : gzipSync(readFileSync(file)).length);
    const bytes = [join(astro, app), ...assets.map((a) => join(distDir, a)), join(distDir, 'map', 'basemap.json'), join(distDir, 'map', 'overlay.json')].reduce(
      (sum, f) => sum + gz(f),
      0,
    );
    expect(Math.round(bytes / 100_000) / 10, `${bytes} bytes`).toBe(ON_DEMAND_MB);
    const { document } = parseHTML(readFileSync(join(distDir, 'capture', 'index.html'), 'utf8'));
    expect(document.querySelector('a[data-map-explore]')?.getAttribute('data-explore-label')).toContain(`${ON_DEMAND_MB} MB`);
  });
});

describe('the home page overview', () => {
  const { document } = parseHTML(readFileSync(join(distDir, 'index.html'), 'utf8'));
  const section = document.querySelector('section[aria-labelledby="where-and-when"]')!;

  it('has a small map with both accounts of the capture site, labelled, and a link to the full map', () => {
    const svg = section.querySelector('.map-svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toMatch(/each government said/);
    expect(svg.querySelectorAll('path.m-claim')).toHaveLength(2);
    expect(labelsOf(svg)).toContain(squash('Capture site, 27 May 2021 (two accounts)'));
    expect(section.querySelector('a[href="/map/"]')).not.toBeNull();
  });

  it('has a timeline strip of the four chapters, whose text alternative names each with its dates', () => {
    const strips = [...section.querySelectorAll('svg.strip-svg')];
    expect(strips.length).toBe(3);
    const numbered = contentChapters().filter((c) => !c.afterword).length;
    for (const strip of strips) expect(strip.querySelectorAll('rect.strip-band')).toHaveLength(numbered);
    const label = strips[0].getAttribute('aria-label') ?? '';
    for (const title of ['The capture', 'The 2020 war', 'The ceasefire', 'The snap elections']) expect(label).toContain(title);
    expect(label).toContain('20 February 1988');
  });
});

describe('map views for teachers', () => {
  it('/teachers/ links to every map view of every chapter, by its step anchor', () => {
    const { document } = parseHTML(readFileSync(join(distDir, 'teachers', 'index.html'), 'utf8'));
    const links = new Set([...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
    const steps = readContentTexts().chapters.flatMap((chapter) => {
      const slug = /^slug:\s*(\S+)/m.exec(chapter.text)![1];
      return findComponentUsages(chapter.text)
        .filter((u) => u.name === 'MapStep')
        .map((u) => `/${slug}/#${mapStepAnchor(u.attributes.id?.value ?? undefined, u.attributes.place!.value!)}`);
    });
    expect(steps.length).toBeGreaterThanOrEqual(10);
    for (const href of steps) expect(links, href).toContain(href);
  });
});
