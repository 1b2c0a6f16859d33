/** The address used when SITE_URL is not set at build time: never printed as if it were real. */
export const PLACEHOLDER_SITE = 'https://border-lines.example.org';
