/** The site's name as shown in titles and metadata. */
export const SITE_NAME = 'Border Lines';

// Kept in a module of its own so that astro.config.mjs can import it without this file's import.meta.env.
import { PLACEHOLDER_SITE } from './site-address.ts';
export { PLACEHOLDER_SITE };

/** The licence of the site's text and graphics, as one line for the footer and the handouts. */
export const CONTENT_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  line: "Text and graphics: Border Lines, CC BY 4.0. Map data: Natural Earth (public domain). Quotations remain their authors'.",
};

/** One line that says what the site is, for metadata and the footer. */
export const SITE_TAGLINE = 'An explainer on the Armenia–Azerbaijan border crisis of May 2021';

/** "Page · Border Lines", or the site name alone for the home page. */
export function pageTitle(title?: string): string {
  return title ? `${title} · ${SITE_NAME}` : SITE_NAME;
}

/**
 * Where "Edit this page" links point: the repository's edit URL for the main branch, ending in a slash.
 * Set PUBLIC_EDIT_BASE_URL at build time (the deploy workflow derives it from the repository).
 */
export const EDIT_BASE_URL: string = import.meta.env.PUBLIC_EDIT_BASE_URL ?? 'https://github.com/border-lines/border-lines/edit/main/';

/** The "Edit this page" address for a file given relative to the project root, e.g. content/chapters/01-capture.mdx. */
export function editUrl(file: string, base = EDIT_BASE_URL): string {
  return `${base.endsWith('/') ? base : `${base}/`}${file.replace(/^\.?\//, '')}`;
}

/**
 * The address to print for a page on paper: the full URL when the build knows the site's address (SITE_URL),
 * otherwise the path alone, so no handout or printed chapter carries a made-up domain.
 */
export function printedAddress(path: string, site: URL | undefined): { text: string; known: boolean } {
  const known = !!site && site.origin !== new URL(PLACEHOLDER_SITE).origin;
  return { text: known ? new URL(path, site).href : path, known };
}
