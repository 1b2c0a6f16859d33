import { readContentTexts } from '../../src/lib/content/read.ts';

/** The real chapters' slugs and kinds, read from their frontmatter, in file order. */
export function contentChapters(): Array<{ slug: string; afterword: boolean }> {
  return readContentTexts().chapters.map((c) => ({ slug: /^slug:\s*(\S+)/m.exec(c.text)![1], afterword: /^kind:\s*afterword/m.test(c.text) }));
}
