import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Index the built pages with Pagefind after every build, so search works offline with no server. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'border-lines:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        await index.writeFiles({ outputPath: `${site}/pagefind` });
        await pagefind.close();
        logger.info(`search index: ${added.page_count} pages`);
      },
    },
  };
}
