/** One source in a page's numbered list, with the ids of every place in the text that cites it. */
export interface NumberedSource {
  id: string;
  number: number;
  /** Anchor ids of the citation marks, in document order; the list links back to each. */
  refIds: string[];
}

/** What one citation mark (a <Cite> or a <Claim>'s sources) shows: its numbers and its own anchor ids. */
export interface CitationMark {
  numbers: number[];
  refIds: string[];
}

/**
 * Number sources by first appearance, as in a printed book: the first source cited is [1], and citing it again
 * reuses [1]. `marks` lists, in document order, the source ids of each citation mark.
 */
export function numberCitations(marks: readonly (readonly string[])[]): { marks: CitationMark[]; sources: NumberedSource[] } {
  const byId = new Map<string, NumberedSource>();
  const result = marks.map((ids) => {
    const mark: CitationMark = { numbers: [], refIds: [] };
    for (const id of new Set(ids)) {
      let source = byId.get(id);
      if (!source) {
        source = { id, number: byId.size + 1, refIds: [] };
        byId.set(id, source);
      }
      const refId = `cite-${source.number}-${source.refIds.length + 1}`;
      source.refIds.push(refId);
      mark.numbers.push(source.number);
      mark.refIds.push(refId);
    }
    return mark;
  });
  return { marks: result, sources: [...byId.values()] };
}
