import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { EMBED_FOLDER } from '../lib/embed/address.ts';
import { headersFile } from '../lib/security.ts';

/** Write dist/_headers after a build, from the same policy as the pages' <meta> tag. */
export function headersFileIntegration(scriptHashes: string[]): AstroIntegration {
  return {
    name: 'border-lines:headers-file',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headersFile(scriptHashes, EMBED_FOLDER));
      },
    },
  };
}
