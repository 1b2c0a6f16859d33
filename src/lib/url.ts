/** Prefix a root-relative address with the site's base path; leave other addresses alone. */
export function withBase(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  if (prefix && (url === prefix || url.startsWith(`${prefix}/`))) return url;
  return `${prefix}${url}`;
}
