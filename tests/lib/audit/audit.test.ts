import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { moduleImports, pageRequests, scriptGraph } from '../../../src/lib/audit/assets.ts';
import { checkLinks } from '../../../src/lib/audit/links.ts';
import { budgetFor, overBudget, weighPage } from '../../../src/lib/audit/size.ts';

describe('pageRequests', () => {
  it('reads stylesheets, scripts, module preloads and font preloads, resolved against the page', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="../_astro/m.js"></script>
      <link rel="modulepreload" href="/_astro/p.js"><link rel="preload" as="font" href="/f.woff2" crossorigin><link rel="icon" href="/i.svg">`;
    expect(pageRequests(html, '/war/')).toEqual({ stylesheets: ['/_astro/a.css'], scripts: ['/_astro/m.js', '/_astro/p.js'], fontPreloads: ['/f.woff2'] });
  });
});

describe('module graph', () => {
  it('separates static imports from dynamic import() targets', () => {
    expect(moduleImports('import{a as b}from"./x.js";import "./y.js";export{c}from"./z.js";const m=()=>import("./lazy.js")')).toEqual({
      staticImports: ['./x.js', './y.js', './z.js'],
      dynamicImports: ['./lazy.js'],
    });
  });
  it('reads dynamic import() targets written in backticks, as Rolldown emits them', () => {
    expect(moduleImports('const m=()=>import(`./timeline.abc.js`)').dynamicImports).toEqual(['./timeline.abc.js']);
  });
  it('counts what a lazy module imports as on demand, with the trigger, and never what loads at start', () => {
    const files: Record<string, string> = {
      '/_astro/entry.js': 'import"./shared.js";document.querySelector("x")&&import("./map.js")',
      '/_astro/shared.js': 'export const s=1',
      '/_astro/map.js': 'import"./shared.js";import"./maplibre.js"',
      '/_astro/maplibre.js': 'export default 1',
    };
    const graph = scriptGraph(['/_astro/entry.js'], (p) => files[p]);
    expect([...graph.atStart]).toEqual(['/_astro/entry.js', '/_astro/shared.js']);
    expect([...graph.onDemand]).toEqual([
      ['/_astro/map.js', '/_astro/entry.js'],
      ['/_astro/maplibre.js', '/_astro/entry.js'],
    ]);
  });
});

describe('budgets', () => {
  const budgets = { defaults: { htmlKb: 60, cssKb: 20, jsAtStartKb: 20, fontPreloads: 2 }, pages: { '/map/': { jsAtStartKb: 40 } } };
  it('applies page overrides over the defaults', () => {
    expect(budgetFor('/map/', budgets).jsAtStartKb).toBe(40);
    expect(budgetFor('/war/', budgets).jsAtStartKb).toBe(20);
  });
  it('names the page and the file that break a budget', () => {
    const random = randomBytes(30_000);
    const weight = weighPage('/war/', '<script type="module" src="/_astro/big.js"></script>', (p) => (p === '/_astro/big.js' ? random : undefined));
    expect(overBudget(weight, budgetFor('/war/', budgets))).toEqual([
      expect.stringMatching(/^\/war\/: JavaScript at start is \d+\.\d KB gz \(\/_astro\/big\.js\); budget 20 KB$/),
    ]);
  });
});

describe('checkLinks', () => {
  const pages = [
    { path: '/', html: '<a href="/war/#why">x</a><a href="war/">y</a><a href="https://example.org/a">e</a><img src="/i.png">' },
    {
      path: '/war/',
      html: '<h2 id="why">Why</h2><a href="/#missing">z</a><a href="/nope/">n</a><a href="/map/#place=agdam">m</a><a href="/map/#place=nowhere">m</a>',
    },
    { path: '/map/', html: '<li id="place-agdam">Agdam</li>' },
  ];
  const report = checkLinks(pages, (p) => p === '/i.png');
  it('follows internal links and fragments and reports each broken one with its page', () => {
    expect(report.broken).toEqual([
      '"/war/": href "/#missing": no element with id "missing" on /',
      '"/war/": href "/nope/": nothing is built at /nope/',
      '"/war/": href "/map/#place=nowhere": no element with id "place-nowhere" on /map/',
    ]);
    expect(report.checked).toBe(7);
  });
  it('lists external links without fetching them', () => {
    expect([...report.external.keys()]).toEqual(['https://example.org/a']);
  });
});
