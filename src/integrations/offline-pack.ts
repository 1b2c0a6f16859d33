import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { zipSync } from 'fflate';
import { leftOutOfPack, offlineCss, offlineHtml } from '../lib/offline/rewrite.ts';
import { OFFLINE_PACK_FILE } from '../lib/offline/pack.ts';

/**
 * After every build, write dist/<OFFLINE_PACK_FILE>: the whole site, rewritten to work opened from a disk. Links to
 * what the pack leaves out point to `site`, the published address.
 */
export function offlinePack(base: string, site: string): AstroIntegration {
  return {
    name: 'border-lines:offline-pack',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files: Record<string, Uint8Array> = {};
        const walk = (folder: string) => {
          for (const name of readdirSync(folder)) {
            const path = join(folder, name);
            if (statSync(path).isDirectory()) walk(path);
            else {
              const file = relative(root, path).split('\\').join('/');
              if (leftOutOfPack(file)) continue;
              const bytes = readFileSync(path);
              if (file.endsWith('.html')) files[`border-lines/${file}`] = Buffer.from(offlineHtml(bytes.toString('utf8'), file, base, site));
              else if (file.endsWith('.css'))
                files[`border-lines/${file}`] = Buffer.from(offlineCss(bytes.toString('utf8'), (p) => readFileSync(join(root, p)), base));
              else if (!file.endsWith('.woff2')) files[`border-lines/${file}`] = bytes;
            }
          }
        };
        walk(root);
        const zip = zipSync(files, { level: 9 });
        writeFileSync(join(root, OFFLINE_PACK_FILE), zip);
        logger.info(`offline pack: ${Object.keys(files).length} files, ${(zip.length / 1024 / 1024).toFixed(1)} MB`);
      },
    },
  };
}
