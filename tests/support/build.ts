import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { embedKind } from '../../src/lib/embed/address.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Run `astro build` on the Node running the tests (Node 24 through npm), with extra environment such as
 * BORDER_LINES_CONTENT or BASE_PATH. Returns the exit code and everything printed.
 */
export function astroBuild(env: Record<string, string> = {}, outDir?: string) {
  const args = [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'];
  if (outDir) args.push('--outDir', outDir);
  // Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test…) into the environment; a child build
  // would inherit them and, for example, ignore the base path. Hand it a clean environment instead.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(key)));
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    // Fixture and synthetic content is not finished writing: the editorial standards judge only the real content.
    env: {
      ...inherited,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...(env.BORDER_LINES_CONTENT ? { BORDER_LINES_STANDARDS: 'off' } : {}),
      ...env,
    },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * The pages the browser tests visit: every page, except that of the 64 or so embeds, which share four templates,
 * only the first of each kind (a section, a map view, the whole timeline, a chapter's timeline). Every embed is
 * still checked by the build tests and the size audit; tests/e2e/embed.test.ts frames several from another origin.
 */
export function pagesForBrowserTests(paths: string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const kind = embedKind(path);
    if (!kind) return true;
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}
