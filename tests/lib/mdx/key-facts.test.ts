import { describe, expect, it } from 'vitest';
import { extractKeyFacts } from '../../../src/lib/mdx/key-facts.ts';

describe('extractKeyFacts', () => {
  it('reads each line of the box with its bold label, places by name and no markup', () => {
    const body = `Text.\n\n<KeyFacts>\n- **When:** before dawn on 27 May 2021.\n- **Where:** near <Place id="kalbajar" both/>, a line\n  never fixed by treaty.\n- No label here.\n</KeyFacts>\n\nMore.`;
    expect(extractKeyFacts(body, (id) => (id === 'kalbajar' ? 'Kalbajar' : id))).toEqual([
      { label: 'When', text: 'before dawn on 27 May 2021.' },
      { label: 'Where', text: 'near Kalbajar, a line never fixed by treaty.' },
      { label: '', text: 'No label here.' },
    ]);
  });
  it('gives nothing when a body has no key facts box', () => {
    expect(extractKeyFacts('Just text.')).toEqual([]);
  });
});
