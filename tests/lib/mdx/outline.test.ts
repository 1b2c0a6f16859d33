// The chapter outline that remark collects, from MDX as editors write it (parsed as the build parses it).
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { outlineOf, partsToText } from '../../../src/lib/mdx/remark-outline.ts';
import type { MdNode } from '../../../src/lib/mdx/tree.ts';

const outline = (mdx: string) => outlineOf(unified().use(remarkParse).use(remarkMdx).parse(mdx) as unknown as MdNode);
const names = (id: string) => ({ kalbajar: 'Kalbajar', 'verin-shorzha': 'Verin Shorzha' })[id] ?? id;

describe('the chapter outline', () => {
  it('reads each line of the first key facts box with its bold label, places by name and no markup', () => {
    const { keyFacts } = outline(
      `Text.\n\n<KeyFacts>\n- **When:** before dawn on 27 May 2021.\n- **Where:** near <Place id="kalbajar" both/>, a line\n  never fixed by treaty.\n- No label here.\n</KeyFacts>\n\nMore.\n\n<KeyFacts>\n- **Ignored:** a second box.\n</KeyFacts>\n`,
    );
    expect(keyFacts.map((f) => ({ label: f.label, text: partsToText(f.text, names) }))).toEqual([
      { label: 'When', text: 'before dawn on 27 May 2021.' },
      { label: 'Where', text: 'near Kalbajar, a line never fixed by treaty.' },
      { label: '', text: 'No label here.' },
    ]);
    expect(outline('Just text.').keyFacts).toEqual([]);
  });

  it('reads each <Claims> pair with its label and each side with speaker, sources and plain text', () => {
    const { claimPairs, sources } = outline(
      `Intro.\n\n<Claims label="Where the soldiers were">\n  <Claim side="armenia" by="Armenia's MoD" sources="a b">\n    Inside **Armenia**, near <Place id="verin-shorzha"/>. <Cite ids="a"/>\n  </Claim>\n  <Claim side="azerbaijan" by="Azerbaijan's MoD" sources="c">In Kalbajar.</Claim>\n</Claims>\n\n<Claims>\n<Claim side="armenia" by="X" sources="d">One.</Claim>\n</Claims>\n`,
    );
    expect(claimPairs).toHaveLength(2);
    expect(claimPairs[0].label).toBe('Where the soldiers were');
    expect(claimPairs[0].claims.map((c) => ({ ...c, text: partsToText(c.text, names) }))).toEqual([
      { side: 'armenia', by: "Armenia's MoD", sources: ['a', 'b'], text: 'Inside Armenia, near Verin Shorzha.' },
      { side: 'azerbaijan', by: "Azerbaijan's MoD", sources: ['c'], text: 'In Kalbajar.' },
    ]);
    expect(claimPairs[1].label).toBe('Contested point');
    expect(sources).toEqual(['a', 'b', 'c', 'd']);
  });
});
