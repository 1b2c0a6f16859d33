/** The site's name as shown in titles and metadata. */
export const SITE_NAME = 'Border Lines';

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
