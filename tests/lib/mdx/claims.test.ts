import { describe, expect, it } from 'vitest';
import { extractClaimPairs } from '../../../src/lib/mdx/claims.ts';

describe('extractClaimPairs', () => {
  it('reads each pair with its label and each side with speaker, sources and plain text', () => {
    const body = `Intro.\n\n<Claims label="Where the soldiers were">\n  <Claim side="armenia" by="Armenia's MoD" sources="a b">\n    Inside **Armenia**, near <Place id="verin-shorzha"/>. <Cite ids="a"/>\n  </Claim>\n  <Claim side="azerbaijan" by="Azerbaijan's MoD" sources="c">In Kalbajar.</Claim>\n</Claims>\n\n<Claims>\n<Claim side="armenia" by="X" sources="d">One.</Claim>\n</Claims>`;
    const pairs = extractClaimPairs(body, (id) => (id === 'verin-shorzha' ? 'Verin Shorzha' : id));
    expect(pairs).toHaveLength(2);
    expect(pairs[0]).toEqual({
      label: 'Where the soldiers were',
      claims: [
        { side: 'armenia', by: "Armenia's MoD", sources: ['a', 'b'], text: 'Inside Armenia, near Verin Shorzha.' },
        { side: 'azerbaijan', by: "Azerbaijan's MoD", sources: ['c'], text: 'In Kalbajar.' },
      ],
    });
    expect(pairs[1].label).toBe('Contested point');
  });
});
