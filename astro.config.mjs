// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { headersFileIntegration } from './src/integrations/headers-file.ts';
import { offlinePack } from './src/integrations/offline-pack.ts';
import { virtualCss } from './src/integrations/virtual-css.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { remarkBaseLinks } from './src/lib/mdx/remark-base-links.ts';
import { remarkCitations } from './src/lib/mdx/remark-citations.ts';
import { remarkHeadingIds } from './src/lib/mdx/remark-heading-ids.ts';
import { remarkOutline } from './src/lib/mdx/remark-outline.ts';
import { CSP_DIRECTIVES, cspHash } from './src/lib/security.ts';
import { PLACEHOLDER_SITE } from './src/lib/site-address.ts';
import { THEME_BOOT_SCRIPT } from './src/lib/theme.ts';

// Where the site is published. GitHub Pages serves a project under /<repo>/: set BASE_PATH=/<repo>/ there.
const site = process.env.SITE_URL ?? PLACEHOLDER_SITE;
if (!process.env.SITE_URL && process.argv.includes('build')) {
  // Handouts and citations print the site's address; say so rather than print a made-up one silently.
  console.warn(
    `[border-lines] SITE_URL is not set: canonical links use ${PLACEHOLDER_SITE}, and printed handouts give only the page's path. Set SITE_URL=https://… to publish.`,
  );
}
const base = process.env.BASE_PATH ?? '/';
const inlineScriptHashes = [await cspHash(THEME_BOOT_SCRIPT)];

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  integrations: [
    contentCheck(),
    mdx(),
    // Embeds repeat what their full pages say, for other sites' frames; search engines get the full pages.
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.includes('/search/') && !page.includes('/embed/') }),
    headersFileIntegration(inlineScriptHashes),
    searchIndex(),
    offlinePack(base, site),
  ],
  markdown: {
    // The remark pipeline, because the site's own plugins number citations and give headings stable ids.
    processor: unified({
      remarkPlugins: [remarkHeadingIds, remarkCitations, remarkOutline, remarkBaseLinks({ base })],
      smartypants: true,
    }),
  },
  security: {
    // A <meta> policy with hashes of every script and style Astro bundles: no 'unsafe-inline', no 'unsafe-eval'.
    // frame-ancestors and HSTS cannot go in a <meta> tag; dist/_headers sets them where the host allows.
    csp: {
      directives: [...CSP_DIRECTIVES],
      // The one inline script: it sets the reader's theme before the first paint.
      scriptDirective: { hashes: inlineScriptHashes },
    },
  },
  vite: {
    plugins: [tailwindcss(), virtualCss()],
    // Scripts stay files of their own (never inlined), so a header policy needs no hash for each of them.
    build: { assetsInlineLimit: 0 },
  },
});
