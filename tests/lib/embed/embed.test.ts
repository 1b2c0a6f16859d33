import { describe, expect, it } from 'vitest';
import { embedCode, embedKind, embedPath, embedTimelinePath } from '../../../src/lib/embed/address.ts';
import { headersFile, headersForPath } from '../../../src/lib/security.ts';
import { citationsIn, elementHtml, openLinksOutside, withoutFirst, sectionContaining, sectionHtml } from '../../../src/lib/embed/html.ts';

const body = [
  '<p>Intro<sup class="cite">[<a id="cite-1-1" href="#source-a">1</a>]</sup></p>',
  '<aside class="box"><h2 id="key-facts">Key facts</h2></aside>',
  '<h2 id="first">First</h2><p>One<sup class="cite">[<a id="cite-2-1" href="#source-b">2</a>]</sup></p>',
  '<div class="map-step" id="map-x"><p>Step</p></div>',
  '<h2 id="second">Second</h2><p>Two<sup class="cite">[<a id="cite-1-2" href="#source-a">1</a>]</sup> <a href="/glossary/#t">term</a></p>',
].join('');
const sections = ['first', 'second'];

describe('sectionHtml', () => {
  it('runs from the heading to the next section heading, ignoring headings in boxes', () => {
    expect(sectionHtml(body, sections, 'first')).toBe(
      '<h2 id="first">First</h2><p>One<sup class="cite">[<a id="cite-2-1" href="#source-b">2</a>]</sup></p><div class="map-step" id="map-x"><p>Step</p></div>',
    );
  });
  it('runs to the end of the body for the last section', () => {
    expect(sectionHtml(body, sections, 'second')).toMatch(/^<h2 id="second">.*term<\/a><\/p>$/);
  });
  it('is undefined for an id that is not a heading', () => {
    expect(sectionHtml(body, sections, 'missing')).toBeUndefined();
  });
  it('ends a section at the next heading even when the ids are given out of order', () => {
    expect(sectionHtml(body, ['second', 'first'], 'first')).not.toContain('Second');
  });
});

describe('sectionContaining', () => {
  it('finds the section an anchor sits in', () => {
    expect(sectionContaining(body, sections, 'map-x')).toBe('first');
    expect(sectionContaining(body, sections, 'cite-1-2')).toBe('second');
  });
  it('is undefined before the first section or for a missing anchor', () => {
    expect(sectionContaining(body, sections, 'cite-1-1')).toBeUndefined();
    expect(sectionContaining(body, sections, 'nowhere')).toBeUndefined();
  });
});

describe('citationsIn', () => {
  const citations = [
    { id: 'a', number: 1, refIds: ['cite-1-1', 'cite-1-2'] },
    { id: 'b', number: 2, refIds: ['cite-2-1'] },
  ];
  it('keeps the chapter numbers and only the marks inside the piece', () => {
    expect(citationsIn(sectionHtml(body, sections, 'second')!, citations)).toEqual([{ id: 'a', number: 1, refIds: ['cite-1-2'] }]);
    expect(citationsIn(sectionHtml(body, sections, 'first')!, citations)).toEqual([{ id: 'b', number: 2, refIds: ['cite-2-1'] }]);
  });
});

describe('openLinksOutside', () => {
  it('opens links to other pages in a new tab and leaves in-page links alone', () => {
    const html = openLinksOutside('<a href="#source-a">1</a> <a class="x" href="/glossary/#t">term</a> <a href="https://example.org/">out</a>');
    expect(html).toBe(
      '<a href="#source-a">1</a> <a target="_blank" rel="noopener" class="x" href="/glossary/#t">term</a> <a target="_blank" rel="noopener" href="https://example.org/">out</a>',
    );
  });
  it('leaves a link that already names its target', () => {
    expect(openLinksOutside('<a href="/x/" target="_self">x</a>')).toBe('<a href="/x/" target="_self">x</a>');
  });
});

describe('embed addresses and code', () => {
  it('mirrors the chapter fragment', () => {
    expect(embedPath('/', 'capture', 'the-run-up')).toBe('/embed/capture/the-run-up/');
    expect(embedPath('/bl/', 'capture', 'map-gegharkunik')).toBe('/bl/embed/capture/map-gegharkunik/');
    expect(embedTimelinePath('/')).toBe('/embed/timeline/');
    expect(embedTimelinePath('/', 'war')).toBe('/embed/timeline/war/');
  });
  it('gives a titled, lazy frame and escapes what it quotes', () => {
    expect(embedCode('https://x.org/embed/a/b/', 'Border Lines: “A” & "B"', 700)).toBe(
      '<iframe src="https://x.org/embed/a/b/" title="Border Lines: “A” &amp; &quot;B&quot;" width="100%" height="700" style="border:0" loading="lazy" allow="clipboard-write"></iframe>',
    );
  });
});

describe('the _headers file', () => {
  const file = headersFile(['sha256-abc'], 'embed');
  const policies = (path: string, host: 'cloudflare' | 'netlify') => headersForPath(file, path, host).get('content-security-policy') ?? [];
  it.each(['cloudflare', 'netlify'] as const)('on %s, lets any site frame /embed/ and only the site itself frame the rest', (host) => {
    for (const path of ['/', '/capture/', '/teachers/', '/embedded/', '/timeline/']) {
      expect(policies(path, host), path).toHaveLength(1);
      expect(policies(path, host)[0], path).toContain("frame-ancestors 'self'");
    }
    for (const path of ['/embed/capture/the-run-up/', '/embed/timeline/']) {
      // One policy, not two: a browser enforces every policy it gets, so a second, stricter one would win.
      expect(policies(path, host), path).toHaveLength(1);
      expect(policies(path, host)[0], path).toContain('frame-ancestors *');
      expect(policies(path, host)[0], path).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'");
    }
  });
  it('keeps the other headers on embeds and the long cache on assets only', () => {
    const embed = headersForPath(file, '/embed/capture/the-run-up/');
    expect(embed.get('x-content-type-options')).toEqual(['nosniff']);
    expect(embed.has('cache-control')).toBe(false);
    expect(headersForPath(file, '/_astro/site.abc.js').get('cache-control')).toEqual(['public, max-age=31536000, immutable']);
  });
});

describe('elementHtml and withoutFirst', () => {
  const html = '<div class="a"><div id="step" data-x><figure><svg></svg></figure><div><div>in</div></div></div><p>after</p></div>';
  it('returns the element with its nested elements of the same tag', () => {
    expect(elementHtml(html, 'step')).toBe('<div id="step" data-x><figure><svg></svg></figure><div><div>in</div></div></div>');
    expect(elementHtml(html, 'nope')).toBeUndefined();
    expect(elementHtml('<div id="open"><div>', 'open')).toBeUndefined();
  });
  it('drops the first element of a tag', () => {
    expect(withoutFirst(elementHtml(html, 'step')!, 'figure')).toBe('<div id="step" data-x><div><div>in</div></div></div>');
    expect(withoutFirst('<p>x</p>', 'figure')).toBe('<p>x</p>');
  });
});

describe('embedKind', () => {
  it('tells the four kinds of embed apart, and other pages from embeds', () => {
    expect(embedKind('/embed/capture/the-run-up/')).toBe('section');
    expect(embedKind('/embed/capture/map-gegharkunik/')).toBe('map');
    expect(embedKind('/embed/timeline/')).toBe('timeline');
    expect(embedKind('/embed/timeline/war/')).toBe('chapter-timeline');
    expect(embedKind('/bl/embed/war/shusha/', '/bl/')).toBe('section');
    expect(embedKind('/capture/')).toBeUndefined();
    expect(embedKind('/embedded/x/')).toBeUndefined();
  });
});
