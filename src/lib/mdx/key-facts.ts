import { plainMdx } from './claims.ts';

/** One line of a chapter's key facts box: its bold label ("When") and the rest of the line. */
export interface KeyFact {
  label: string;
  text: string;
}

/**
 * The lines of the first <KeyFacts> box of an MDX body, for the printed handout. A line written
 * `- **When:** before dawn…` becomes { label: 'When', text: 'before dawn…' }; a line without a bold label has ''.
 */
export function extractKeyFacts(body: string, placeName: (id: string) => string = (id) => id): KeyFact[] {
  const box = /<KeyFacts>([\s\S]*?)<\/KeyFacts>/.exec(body)?.[1] ?? '';
  return box
    .split(/\n(?=\s*- )/)
    .map((item) => item.replace(/^\s*-\s+/, '').trim())
    .filter(Boolean)
    .map((item) => {
      const labelled = /^\*\*([^*]+?):?\*\*:?\s*([\s\S]*)$/.exec(item);
      return labelled ? { label: labelled[1].replace(/:$/, ''), text: plainMdx(labelled[2], placeName) } : { label: '', text: plainMdx(item, placeName) };
    });
}
