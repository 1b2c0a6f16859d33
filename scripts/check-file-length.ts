// Part of npm run lint: no source file over 300 lines, so each keeps to one job and stays readable in one sitting.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MAX_LINES = 300;
// Generated data, not code: the derived basemap (see its README).
const SKIP = new Set([join('src', 'data', 'geo')]);

const tooLong: string[] = [];
const visit = (dir: string) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP.has(path)) visit(path);
    } else if (/\.(ts|mjs|js|astro|css)$/.test(entry.name)) {
      const lines = readFileSync(path, 'utf8').split('\n').length - 1;
      if (lines > MAX_LINES) tooLong.push(`  ${path}: ${lines} lines`);
    }
  }
};
['src', 'scripts'].forEach(visit);
if (tooLong.length > 0) {
  console.error(`Files over ${MAX_LINES} lines; split each by concern:\n${tooLong.join('\n')}`);
  process.exit(1);
}
console.log(`No file under src/ or scripts/ is over ${MAX_LINES} lines.`);
