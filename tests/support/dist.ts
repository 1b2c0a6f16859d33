import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every built HTML page as its URL path (/capture/, /404.html) with its file path. */
export function builtPages(distDir: string): Array<{ path: string; file: string }> {
  const pages: Array<{ path: string; file: string }> = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== '_astro') visit(full);
      else if (entry.isFile() && entry.name.endsWith('.html')) {
        const rel = relative(distDir, full).split(sep).join('/');
        pages.push({ path: rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`, file: full });
      }
    }
  };
  visit(distDir);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

export const readPage = (file: string) => readFileSync(file, 'utf8');
