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

/** The CSP source expression that allows one exact inline script: 'sha256-…'. */
export async function cspHash(script: string): Promise<`sha256-${string}`> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script));
  return `sha256-${Buffer.from(digest).toString('base64')}`;
}

/**
 * The _headers file for hosts that read one (Netlify, Cloudflare Pages): the same policy as the <meta> tag plus
 * what a <meta> tag cannot carry (frame-ancestors, HSTS and the other response headers), and a long cache for
 * hashed assets. GitHub Pages ignores it (docs/quality.md).
 */
export function headersFile(scriptHashes: readonly string[]): string {
  const policy = [
    ...CSP_DIRECTIVES,
    // 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly; it does not allow JavaScript eval.
    `script-src 'self' 'wasm-unsafe-eval'${scriptHashes.map((h) => ` '${h}'`).join('')}`,
    "style-src 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  Strict-Transport-Security: max-age=63072000; includeSubDomains',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    '',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
