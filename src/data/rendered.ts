// A chapter body rendered to HTML once per build, for the embeddable views, which each cut one piece from it.
const cache = new Map<string, Promise<string>>();

/** The HTML `render` gives for `key`, rendered once in a build; in the dev server every time, so edits show at once. */
export function renderedOnce(key: string, render: () => Promise<string>): Promise<string> {
  if (import.meta.env.DEV) return render();
  let html = cache.get(key);
  if (!html) cache.set(key, (html = render()));
  return html;
}
