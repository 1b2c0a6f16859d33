import { gzipSync } from 'node:zlib';
import { pageRequests, scriptGraph } from './assets.ts';

/** Limits for one page, in gzipped kilobytes (and a count of preloaded fonts). */
export interface Budget {
  htmlKb: number;
  cssKb: number;
  jsAtStartKb: number;
  fontPreloads: number;
}

export interface Budgets {
  defaults: Budget;
  pages: Record<string, Partial<Budget>>;
}

/** What one page weighs at start, and what it may load later. */
export interface PageWeight {
  path: string;
  html: number;
  css: number;
  jsAtStart: number;
  fonts: number;
  fontPreloads: number;
  files: { css: string[]; jsAtStart: string[]; fonts: string[] };
  /** On-demand modules with their gzipped size and the module whose import() loads them. */
  onDemand: Array<{ file: string; bytes: number; trigger: string }>;
}

/** Gzipped size in bytes, at the level a static host typically uses. */
export const gzipSize = (content: Buffer | string) => gzipSync(content, { level: 9 }).length;

/** Weigh one page from its HTML, reading referenced files through `read` (absolute path → bytes, or undefined). */
export function weighPage(path: string, html: string, read: (file: string) => Buffer | undefined): PageWeight {
  const requests = pageRequests(html, path);
  const size = (file: string) => {
    const content = read(file);
    return content ? gzipSize(content) : 0;
  };
  const graph = scriptGraph(requests.scripts, (file) => read(file)?.toString('utf8'));
  const jsAtStart = [...graph.atStart];
  return {
    path,
    html: gzipSize(html),
    css: requests.stylesheets.reduce((sum, f) => sum + size(f), 0),
    jsAtStart: jsAtStart.reduce((sum, f) => sum + size(f), 0),
    fonts: requests.fontPreloads.reduce((sum, f) => sum + (read(f)?.length ?? 0), 0),
    fontPreloads: requests.fontPreloads.length,
    files: { css: requests.stylesheets, jsAtStart, fonts: requests.fontPreloads },
    onDemand: [...graph.onDemand].map(([file, trigger]) => ({ file, bytes: size(file), trigger })),
  };
}

/** The budget that applies to a page: the defaults with the page's own overrides. */
export function budgetFor(path: string, budgets: Budgets): Budget {
  return { ...budgets.defaults, ...(budgets.pages[path] ?? {}) };
}

/** Every way a page breaks its budget, naming the page and the files responsible. */
export function overBudget(weight: PageWeight, budget: Budget): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const problems: string[] = [];
  if (weight.html > budget.htmlKb * 1024) problems.push(`${weight.path}: HTML is ${kb(weight.html)} gz; budget ${budget.htmlKb} KB`);
  if (weight.css > budget.cssKb * 1024)
    problems.push(`${weight.path}: CSS is ${kb(weight.css)} gz (${weight.files.css.join(', ')}); budget ${budget.cssKb} KB`);
  if (weight.jsAtStart > budget.jsAtStartKb * 1024) {
    problems.push(`${weight.path}: JavaScript at start is ${kb(weight.jsAtStart)} gz (${weight.files.jsAtStart.join(', ')}); budget ${budget.jsAtStartKb} KB`);
  }
  if (weight.fontPreloads > budget.fontPreloads)
    problems.push(`${weight.path}: ${weight.fontPreloads} fonts preloaded (${weight.files.fonts.join(', ')}); budget ${budget.fontPreloads}`);
  return problems;
}
