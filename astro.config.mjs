// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { remarkBaseLinks } from './src/lib/mdx/remark-base-links.ts';
import { remarkCitations } from './src/lib/mdx/remark-citations.ts';
import { remarkHeadingIds } from './src/lib/mdx/remark-heading-ids.ts';
import { CSP_DIRECTIVES } from './src/lib/security.ts';

// Where the site is published. GitHub Pages serves a project under /<repo>/: set BASE_PATH=/<repo>/ there.
const site = process.env.SITE_URL ?? 'https://border-lines.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx()],
  markdown: {
    // The remark pipeline, because the site's own plugins number citations and give headings stable ids.
    processor: unified({
      remarkPlugins: [remarkHeadingIds, remarkCitations, remarkBaseLinks({ base })],
      smartypants: true,
    }),
  },
  security: {
    // A <meta> policy with hashes of every script and style Astro bundles: no 'unsafe-inline', no 'unsafe-eval'.
    // frame-ancestors and HSTS cannot go in a <meta> tag; public/_headers sets them where the host allows.
    csp: {
      directives: [...CSP_DIRECTIVES],
    },
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
