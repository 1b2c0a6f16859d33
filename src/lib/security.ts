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

/** Who may frame a page: the site itself, except the embeddable views (src/pages/embed/), which any site may. */
export function frameAncestors(embeddable: boolean): string {
  return embeddable ? 'frame-ancestors *' : "frame-ancestors 'self'";
}

/**
 * The _headers file for hosts that read one (Netlify, Cloudflare Pages): the same policy as the <meta> tag plus
 * what a <meta> tag cannot carry (frame-ancestors, HSTS and the other response headers), and a long cache for
 * hashed assets. GitHub Pages ignores it (docs/quality.md).
 *
 * The /embed/ rule replaces the site-wide policy rather than adding a second one, because a browser enforces every
 * policy it receives and the stricter frame-ancestors would win. Cloudflare Pages adds up matching rules, so the
 * rule first detaches the inherited header ("! Name"); Netlify skips that line and lets the later rule's value win.
 */
export function headersFile(scriptHashes: readonly string[], embedFolder: string): string {
  const policy = (embeddable: boolean) =>
    [
      ...CSP_DIRECTIVES,
      // 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly; it does not allow JavaScript eval.
      `script-src 'self' 'wasm-unsafe-eval'${scriptHashes.map((h) => ` '${h}'`).join('')}`,
      "style-src 'self'",
      frameAncestors(embeddable),
    ].join('; ');
  return [
    '/*',
    `  Content-Security-Policy: ${policy(false)}`,
    '  Strict-Transport-Security: max-age=63072000; includeSubDomains',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    '',
    `/${embedFolder}/*`,
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${policy(true)}`,
    '',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

/**
 * The headers a host that reads _headers sends for one path. Cloudflare Pages applies the matching rules in file
 * order, each first removing the headers it detaches ("! Name"), then adding its own. Netlify has no detach (the
 * line has no colon, so it is skipped) and lets a later rule's value replace an earlier one. The test server uses
 * this so that a browser test sees what a reader would.
 */
export function headersForPath(file: string, path: string, host: 'cloudflare' | 'netlify' = 'cloudflare'): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  let matches = false;
  let ruleHeaders = new Set<string>();
  for (const raw of file.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      matches = new RegExp(`^${line.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);
      ruleHeaders = new Set();
    } else if (!matches) continue;
    else if (line.startsWith('!')) {
      if (host === 'cloudflare') headers.delete(line.slice(1).trim().toLowerCase());
    } else if (line.includes(':')) {
      const [name, ...value] = line.split(':');
      const key = name.trim().toLowerCase();
      // A header named twice in one rule is a list; a later rule adds to it on Cloudflare and replaces it on Netlify.
      const kept = ruleHeaders.has(key) || host === 'cloudflare' ? (headers.get(key) ?? []) : [];
      headers.set(key, [...kept, value.join(':').trim()]);
      ruleHeaders.add(key);
    }
  }
  return headers;
}
