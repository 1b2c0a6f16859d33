import { describe, expect, it } from 'vitest';
import { leftOutOfPack, offlineCss, offlineHref, offlineHtml, OFFLINE_NOTICE } from '../../../src/lib/offline/rewrite.ts';

describe('the offline pack', () => {
  it('turns site addresses into relative files that resolve on disk', () => {
    expect(offlineHref('capture/index.html', '/war/')).toBe('../war/index.html');
    expect(offlineHref('capture/index.html', '/war/#shusha')).toBe('../war/index.html#shusha');
    expect(offlineHref('index.html', '/')).toBe('index.html');
    expect(offlineHref('teachers/war/index.html', '/_astro/site.css')).toBe('../../_astro/site.css');
    expect(offlineHref('capture/index.html', '/capture/#aftermath')).toBe('index.html#aftermath');
    expect(offlineHref('capture/index.html', '/map/?q=1#place=sev-lich')).toBe('../map/index.html?q=1#place=sev-lich');
    expect(offlineHref('capture/index.html', '#main')).toBe('#main');
    expect(offlineHref('capture/index.html', 'https://example.org/a')).toBe('https://example.org/a');
    expect(offlineHref('war/index.html', '/lines/war/', '/lines/')).toBe('index.html');
  });

  it('sends links to what the pack leaves out (the embeds, the pack itself) to the published site', () => {
    const site = 'https://border-lines.example.org/';
    expect(offlineHref('teachers/index.html', '/embed/capture/the-run-up/', '/', site)).toBe('https://border-lines.example.org/embed/capture/the-run-up/');
    expect(offlineHref('teachers/index.html', '/lines/border-lines-offline.zip', '/lines/', site)).toBe(
      'https://border-lines.example.org/lines/border-lines-offline.zip',
    );
    expect(offlineHref('teachers/index.html', '/capture/', '/', site)).toBe('../capture/index.html');
  });

  it('strips scripts and font preloads, allows inlined fonts and says what needs the site online', () => {
    const html = `<html><head><meta http-equiv="content-security-policy" content="default-src 'self';font-src 'self';"><script>boot()</script><link rel="preload" href="/_astro/a.woff2" as="font"><link rel="stylesheet" href="/_astro/s.css"></head><body class="x"><a href="/war/">War</a><script type="module" src="/_astro/app.js"></script></body></html>`;
    const out = offlineHtml(html, 'capture/index.html');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('preload');
    expect(out).toContain(`font-src 'self' data:`);
    expect(out).toContain('href="../_astro/s.css"');
    expect(out).toContain('<a href="../war/index.html">');
    expect(out).toContain(`<body class="x"><p class="offline-notice" role="note">${OFFLINE_NOTICE}</p>`);
  });

  it('inlines the fonts a stylesheet names, leaving other addresses alone', () => {
    const css = `@font-face{src:url(/_astro/a.woff2) format("woff2")} .x{background:url(/img.png)}`;
    const out = offlineCss(css, (p) => (p === '_astro/a.woff2' ? new Uint8Array([1, 2, 3]) : undefined));
    expect(out).toContain('url(data:font/woff2;base64,AQID)');
    expect(out).toContain('url(/img.png)');
  });

  it('leaves out what cannot work from disk or is not for readers', () => {
    expect(['pagefind/pagefind.js', '_astro/map-app.1.js', 'og/war.png', '_headers', 'border-lines-offline.zip'].every(leftOutOfPack)).toBe(true);
    expect(['capture/index.html', '_astro/site.css', 'data/war-deaths-2020.csv', 'map/basemap.json'].some(leftOutOfPack)).toBe(false);
  });
});
