/**
 * The site's Content Security Policy, besides the script-src and style-src hashes Astro adds. One list, used by
 * astro.config.mjs for the <meta> policy and checked against public/_headers by the tests.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;
