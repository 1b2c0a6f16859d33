/** The parts of a chapter's frontmatter that decide how it is labelled. */
interface Labelled {
  kind: 'chapter' | 'afterword';
  order: number;
}

/** The line above a chapter's title: "Chapter 2 of 4", or "Afterword" for the unnumbered last page. */
export function chapterKicker(chapter: Labelled, all: readonly Labelled[]): string {
  if (chapter.kind === 'afterword') return 'Afterword';
  const numbered = all.filter((c) => c.kind === 'chapter');
  return `Chapter ${numbered.findIndex((c) => c.order === chapter.order) + 1} of ${numbered.length}`;
}

/** The number shown before a chapter's title in the navigation, or undefined for the afterword. */
export function chapterNumber(chapter: Labelled, all: readonly Labelled[]): number | undefined {
  return chapter.kind === 'afterword' ? undefined : all.filter((c) => c.kind === 'chapter').findIndex((c) => c.order === chapter.order) + 1;
}
