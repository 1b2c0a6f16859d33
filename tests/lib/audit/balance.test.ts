import { describe, expect, it } from 'vitest';
import { balanceFailures, claimsUnbalanced, pageBalance, proseUnits } from '../../../src/lib/audit/balance.ts';
import type { Origin } from '../../../src/schemas/source.ts';

const origins = new Map<string, Origin>([
  ['am-mod', 'armenian-government'],
  ['armenpress', 'armenian-media'],
  ['az-mod', 'azerbaijani-government'],
  ['ap', 'international-media'],
  ['tass', 'russian-state'],
]);

describe('the balance audit', () => {
  it('counts citation uses and distinct sources by origin, claims included', () => {
    const body = `First. <Cite ids="ap am-mod"/>\n\nSecond. <Cite ids="ap"/>\n\n<Claims label="L">\n<Claim side="armenia" by="A" sources="am-mod">One two three.</Claim>\n<Claim side="azerbaijan" by="B" sources="az-mod">Four five.</Claim>\n</Claims>\n`;
    const b = pageBalance('p.mdx', body, origins);
    expect(b.citationsByOrigin).toEqual({ 'international-media': 2, 'armenian-government': 2, 'azerbaijani-government': 1 });
    expect(b.sourcesByOrigin).toEqual({ 'international-media': 1, 'armenian-government': 1, 'azerbaijani-government': 1 });
    expect(b.claimWords).toEqual({ armenia: 3, azerbaijan: 2 });
    expect(b.claims).toEqual([{ line: 5, label: 'L', words: { armenia: 3, azerbaijan: 2 }, citedOnlyByOtherSide: [] }]);
  });

  it('finds paragraphs that rest on one side only, and whether they say whose account it is', () => {
    const body = [
      'Troops crossed the border at dawn. <Cite ids="am-mod armenpress"/>',
      '',
      'Armenia\'s defence ministry said troops crossed the border. <Cite ids="am-mod"/>',
      '',
      'Both sides blamed each other. <Cite ids="am-mod az-mod"/>',
      '',
      'A Russian view. <Cite ids="tass"/>',
      '',
      '- **6** soldiers were held. <Cite ids="az-mod"/>',
      '- **15** were freed. <Cite ids="ap"/>',
    ].join('\n');
    const b = pageBalance('p.mdx', body, origins);
    expect(b.oneSided.map((p) => [p.line, p.side, p.attributed])).toEqual([
      [1, 'armenia', false],
      [3, 'armenia', true],
      [9, 'azerbaijan', false],
    ]);
    const failures = balanceFailures(b);
    expect(failures).toHaveLength(2);
    expect(failures[0]).toBe(
      'p.mdx:1: a paragraph cited only to Armenian sources (am-mod, armenpress) states it without saying whose account it is: "Troops crossed the border at dawn.…"; attribute it or add an independent source',
    );
  });

  it("flags a side's claim cited only to the other side's outlets", () => {
    const body = `<Claims label="X">\n<Claim side="armenia" by="A" sources="am-mod">One.</Claim>\n<Claim side="azerbaijan" by="B" sources="armenpress">Two.</Claim>\n</Claims>`;
    const b = pageBalance('p.mdx', body, origins);
    expect(b.claims[0].citedOnlyByOtherSide).toEqual(['azerbaijan']);
    expect(balanceFailures(b)).toEqual([
      `p.mdx:1: in <Claims label="X"> the Azerbaijani side's claim is cited only to the other side's outlets; cite where that side said it`,
    ]);
  });

  it('allows claims of different length within the slack, not beyond the ratio', () => {
    expect(claimsUnbalanced({ armenia: 8, azerbaijan: 19 })).toBe(false);
    expect(claimsUnbalanced({ armenia: 20, azerbaijan: 60 })).toBe(true);
    expect(claimsUnbalanced({ armenia: 40, azerbaijan: 90 })).toBe(false);
    expect(claimsUnbalanced({ armenia: 0, azerbaijan: 50 })).toBe(false);
  });

  it('reads list items as separate units and keeps their lines', () => {
    expect(proseUnits('a\nb\n\n- one\n  more\n- two\n').map((u) => [u.line, u.text])).toEqual([
      [1, 'a\nb'],
      [4, '- one\n  more'],
      [6, '- two'],
    ]);
  });

  it('does not count a claim text as prose', () => {
    const body = `<Claims label="X">\n<Claim side="armenia" by="A" sources="am-mod">Troops crossed. <Cite ids="am-mod"/></Claim>\n<Claim side="azerbaijan" by="B" sources="az-mod">No.</Claim>\n</Claims>`;
    expect(pageBalance('p.mdx', body, origins).oneSided).toEqual([]);
  });
});
