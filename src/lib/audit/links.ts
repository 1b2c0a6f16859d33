import { parseDocument } from './html.ts';

/** One built page: its URL path (/capture/) and its HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** What a link check found. */
export interface LinkReport {
  /** Internal links or fragments that lead nowhere: `"/capture/": href "/war/#x": no element with id "x" on /war/`. */
  broken: string[];
  /** External addresses, listed (never fetched), with the pages that use them. */
  external: Map<string, Set<string>>;
  /** How many internal links and fragments were followed. */
  checked: number;
}

const LINKING = [
  ['a', 'href'],
  ['link', 'href'],
  ['img', 'src'],
  ['script', 'src'],
  ['source', 'src'],
] as const;

/** The page path a built file would be served for, or undefined when the address is not a page. */
function pageFor(pathname: string, pages: Map<string, Set<string>>): string | undefined {
  if (pages.has(pathname)) return pathname;
  if (pages.has(`${pathname}/`)) return `${pathname}/`;
  if (pathname.endsWith('/index.html') && pages.has(pathname.slice(0, -'index.html'.length))) return pathname.slice(0, -'index.html'.length);
  return undefined;
}

/**
 * Follow every internal link, asset reference and #fragment of a built site without a server: each must reach a
 * page or file, and each fragment an element with that id on the target page. `fileExists` answers for assets.
 */
export function checkLinks(pages: BuiltPage[], fileExists: (path: string) => boolean, origin = 'https://site.invalid'): LinkReport {
  const ids = new Map<string, Set<string>>();
  const documents = pages.map((page) => ({ page, document: parseDocument(page.html) }));
  for (const { page, document } of documents) {
    ids.set(page.path, new Set([...document.querySelectorAll('[id], a[name]')].map((e) => e.getAttribute('id') ?? e.getAttribute('name') ?? '')));
  }
  const report: LinkReport = { broken: [], external: new Map(), checked: 0 };
  for (const { page, document } of documents) {
    for (const [tag, attribute] of LINKING) {
      for (const element of document.querySelectorAll(`${tag}[${attribute}]`)) {
        const raw = element.getAttribute(attribute)!;
        if (/^(mailto|tel|data|javascript):/i.test(raw)) continue;
        const url = new URL(raw, `${origin}${page.path}`);
        if (url.origin !== origin) {
          if (!report.external.has(url.href)) report.external.set(url.href, new Set());
          report.external.get(url.href)!.add(page.path);
          continue;
        }
        report.checked++;
        const pathname = decodeURIComponent(url.pathname);
        const target = pageFor(pathname, ids);
        if (!target && !fileExists(pathname)) {
          report.broken.push(`"${page.path}": ${attribute} "${raw}": nothing is built at ${pathname}`);
          continue;
        }
        let fragment = decodeURIComponent(url.hash.slice(1));
        // A view-state fragment such as #place=agdam (read by the map script) must name an element too: place-agdam.
        if (/^[a-z]+=[^=&]+$/.test(fragment)) fragment = fragment.replace('=', '-');
        if (fragment && target && !ids.get(target)!.has(fragment)) {
          report.broken.push(`"${page.path}": ${attribute} "${raw}": no element with id "${fragment}" on ${target}`);
        }
      }
    }
  }
  return report;
}
