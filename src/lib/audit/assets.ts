import { parseDocument } from './html.ts';

/** What a page asks for as it loads, before any interaction. */
export interface PageRequests {
  stylesheets: string[];
  /** Scripts run on load: classic and module entry points, and module preloads. */
  scripts: string[];
  /** Fonts preloaded in the head (fonts that CSS pulls in later are counted by the stylesheets' rules). */
  fontPreloads: string[];
}

/** Read the resources a page's HTML requests on load, resolved to absolute paths. */
export function pageRequests(html: string, pagePath: string): PageRequests {
  const document = parseDocument(html);
  const resolve = (href: string) => new URL(href, `https://site.invalid${pagePath}`).pathname;
  const attr = (selector: string, name: string) => [...document.querySelectorAll(selector)].map((e) => resolve(e.getAttribute(name)!));
  return {
    stylesheets: attr('link[rel="stylesheet"][href]', 'href'),
    scripts: [...attr('script[src]', 'src'), ...attr('link[rel="modulepreload"][href]', 'href')],
    fontPreloads: attr('link[rel="preload"][as="font"][href]', 'href'),
  };
}

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
// Bundlers may quote the specifier with backticks (rolldown does): import(`./chunk.js`).
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

/** The modules a script imports statically (loaded with it) and dynamically (loaded on demand). */
export function moduleImports(source: string): { staticImports: string[]; dynamicImports: string[] } {
  return {
    staticImports: [...source.matchAll(STATIC_IMPORT)].map((m) => m[1]),
    dynamicImports: [...source.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]),
  };
}

/** Code a page can load: what runs at start, and what waits for a trigger (with the module that triggers it). */
export interface ScriptGraph {
  atStart: Set<string>;
  onDemand: Map<string, string>;
}

/**
 * Follow module imports from a page's entry scripts: static imports load at start; dynamic import() targets and
 * what they import load on demand. `readScript` returns a module's source by absolute path (undefined if absent).
 */
export function scriptGraph(entries: string[], readScript: (path: string) => string | undefined): ScriptGraph {
  const atStart = new Set<string>();
  const onDemand = new Map<string, string>();
  const resolve = (from: string, specifier: string) =>
    specifier.startsWith('.') || specifier.startsWith('/') ? new URL(specifier, `https://site.invalid${from}`).pathname : undefined;
  const lazyQueue: Array<[string, string]> = [];
  const visit = (path: string, into: (p: string) => boolean, trigger?: string) => {
    if (!into(path)) return;
    const source = readScript(path);
    if (source === undefined) return;
    const { staticImports, dynamicImports } = moduleImports(source);
    for (const s of staticImports) {
      const target = resolve(path, s);
      if (target) visit(target, into, trigger);
    }
    for (const d of dynamicImports) {
      const target = resolve(path, d);
      if (target) lazyQueue.push([target, trigger ?? path]);
    }
  };
  const addStart = (p: string) => (atStart.has(p) ? false : (atStart.add(p), true));
  entries.forEach((entry) => visit(entry, addStart));
  while (lazyQueue.length > 0) {
    const [path, trigger] = lazyQueue.shift()!;
    visit(path, (p) => (atStart.has(p) || onDemand.has(p) ? false : (onDemand.set(p, trigger), true)), trigger);
  }
  return { atStart, onDemand };
}
