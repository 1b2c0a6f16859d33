// Reading a built site from dist/, for the audit scripts and the tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every built HTML page as its URL path (/capture/, /404.html) and its file. */
export function builtPageFiles(distDir: string): Array<{ path: string; file: string }> {
  const pages: Array<{ path: string; file: string }> = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== '_astro' && entry.name !== 'pagefind') visit(full);
      else if (entry.isFile() && entry.name.endsWith('.html')) {
        const rel = relative(distDir, full).split(sep).join('/');
        const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
        pages.push({ path, file: full });
      }
    }
  };
  visit(distDir);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** Every built HTML page as its URL path and its HTML. */
export function readBuiltPages(distDir: string): Array<{ path: string; html: string }> {
  return builtPageFiles(distDir).map(({ path, file }) => ({ path, html: readFileSync(file, 'utf8') }));
}

/** A reader for files under dist/ by their URL path, undefined when absent. */
export function distReader(distDir: string, base = '/'): (path: string) => Buffer | undefined {
  return (path: string) => {
    const inside = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
    const file = join(distDir, decodeURIComponent(inside));
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
  };
}
