/** The site's name as shown in titles and metadata. */
export const SITE_NAME = 'Border Lines';

/** One line that says what the site is, for metadata and the footer. */
export const SITE_TAGLINE = 'An explainer on the Armenia–Azerbaijan border crisis of May 2021';

/** "Page · Border Lines", or the site name alone for the home page. */
export function pageTitle(title?: string): string {
  return title ? `${title} · ${SITE_NAME}` : SITE_NAME;
}
