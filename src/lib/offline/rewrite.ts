// The offline pack: the built site rewritten so that it works opened from a disk (file://), with no server.
// Pure text functions; src/integrations/offline-pack.ts applies them to dist/ and writes the ZIP.
import { posix } from 'node:path';

/** What a page opened from disk says about what needs the site online. */
export const OFFLINE_NOTICE =
  'Offline copy of Border Lines. Everything here works from this folder except search and the interactive map, which need the site online; the static maps show the same places.';

/** The file an address names in the pack: a folder address is its index.html. */
function fileFor(path: string): string {
  return path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * The relative address, from the file `fromFile` (e.g. "capture/index.html"), of a site address written from the
 * root ("/war/#shusha", with the site's `base`), so that it resolves on disk. An address of something the pack
 * leaves out (the embeds, the pack itself) becomes its address on `site`, the published site, since only there
 * does it exist. Other addresses are returned as they are.
 */
export function offlineHref(fromFile: string, href: string, base = '/', site?: string): string {
  if (!href.startsWith(base) || href.startsWith('//')) return href;
  const match = /^([^?#]*)([?#].*)?$/.exec(href.slice(base.length))!;
  const target = fileFor(`/${match[1]}`).slice(1);
  if (site && target && leftOutOfPack(target)) return new URL(href, site).href;
  const relative = posix.relative(posix.dirname(fromFile), target || 'index.html') || posix.basename(target);
  return `${relative}${match[2] ?? ''}`;
}

/**
 * A page for the pack: site addresses made relative, scripts removed (browsers refuse module scripts from disk,
 * and every page works without them), font preloads removed (the fonts are inlined into the stylesheet), data:
 * fonts allowed by the page's Content Security Policy, and a notice at the top of the page.
 */
export function offlineHtml(html: string, fromFile: string, base = '/', site?: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*>/g, '')
    .replace(/\b(href|src|action)="([^"]*)"/g, (_, name: string, value: string) => `${name}="${offlineHref(fromFile, value, base, site)}"`)
    .replace(/font-src 'self'/, "font-src 'self' data:")
    .replace(/(<body\b[^>]*>)/, `$1<p class="offline-notice" role="note">${OFFLINE_NOTICE}</p>`);
}

/** A stylesheet for the pack: each font inlined as a data: URL (fonts do not load from disk otherwise). */
export function offlineCss(css: string, readAsset: (path: string) => Uint8Array | undefined, base = '/'): string {
  return css.replace(/url\(([^)]+)\)/g, (whole, raw: string) => {
    const url = raw.trim().replace(/^['"]|['"]$/g, '');
    if (!url.startsWith(base) || !url.endsWith('.woff2')) return whole;
    const bytes = readAsset(url.slice(base.length));
    return bytes ? `url(data:font/woff2;base64,${Buffer.from(bytes).toString('base64')})` : whole;
  });
}

/** Files the pack leaves out: the search index, scripts, the web map's code, preview images, host files and the embeds (which exist to be framed online). */
export function leftOutOfPack(file: string): boolean {
  return (
    /^(pagefind\/|og\/|embed\/|_headers$|robots\.txt$|sitemap-.*\.xml$)/.test(file) ||
    /\.(m?js|map)$/.test(file) ||
    /\.zip$/.test(file) ||
    /^_astro\/maplibre/.test(file)
  );
}
