// Rules and values that live in one place, tested there.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { colourCss, DATA_COLOURS, MAP_COLOURS, SITE_COLOURS } from '../../src/lib/colours.ts';
import { PALETTES } from '../../src/lib/map/palette.ts';
import { findComponentUsages } from '../../src/lib/mdx/usages.ts';
import { citedSourceIds, oneOfProblem } from '../../src/lib/mdx/components.ts';
import { periodFilterCss, PERIODS } from '../../src/lib/map/periods.ts';
import { inRegion, REGION_WORDS } from '../../src/lib/map/region.ts';
import { SLUG_PATTERN, slugify } from '../../src/lib/slug.ts';

describe('one home per rule', () => {
  it('the no-JavaScript period filter covers every period, both for events and for areas', () => {
    const css = periodFilterCss();
    for (const p of PERIODS) {
      expect(css).toContain(`input[value='${p.id}']:checked) [data-period]:not([data-period='${p.id}'])`);
      expect(css).toContain(`input[value='${p.id}']:checked) [data-periods]:not([data-periods~='${p.id}'])`);
    }
    expect(css).toMatch(/\{\n {2}display: none;\n\}\n$/);
  });

  it('reads cited sources from whichever prop each component uses for them', () => {
    const usages = findComponentUsages('<Cite ids="a b"/> <Claim side="armenia" by="X" sources="c"/> <Place id="p">x</Place>');
    expect(usages.flatMap(citedSourceIds)).toEqual(['a', 'b', 'c']);
  });

  it('keeps one region box for places and map areas', () => {
    expect(inRegion(40.2, 45.6)).toBe(true);
    expect(inRegion(45.6, 40.2)).toBe(false);
    expect(REGION_WORDS).toBe('lat 36–44, lon 42–52');
  });

  it('makes ids of one shape', () => {
    expect(slugify('Khankendi (Stepanakert)')).toBe('khankendi-stepanakert');
    expect(SLUG_PATTERN.test(slugify('  The run-up: two weeks!'))).toBe(true);
    expect(SLUG_PATTERN.test('Bad_Id')).toBe(false);
  });

  it('words a wrong one-of value the same way in the check and in the preview, from the rule list', () => {
    expect(oneOfProblem('Claim', 'side', 'armenia')).toBeUndefined();
    expect(oneOfProblem('Claim', 'side', 'armnia')).toBe('"armnia" is not allowed; expected one of: armenia, azerbaijan, third-party; did you mean "armenia"?');
    expect(oneOfProblem('Aside', 'kind', 'context')).toBeUndefined();
    expect(oneOfProblem('Aside', 'kind', 'warning')).toMatch(/^"warning" is not allowed; expected one of: note, context, unknown/);
  });

  it('writes every colour once: the stylesheets name none, and the map palettes come from the same list', () => {
    const styles = join(import.meta.dirname, '..', '..', 'src', 'styles');
    for (const file of ['global.css', 'map.css', 'prose.css', 'figures.css', 'timeline.css', 'timeline-list.css', 'story-strip.css']) {
      expect(readFileSync(join(styles, file), 'utf8'), file).not.toMatch(/#[0-9a-f]{3,8}\b/i);
    }
    const css = colourCss();
    expect(css).toContain(`--bl-paper: light-dark(${SITE_COLOURS.paper[0]}, ${SITE_COLOURS.paper[1]});`);
    expect(css).toContain(`--bl-data-vermillion: ${DATA_COLOURS.vermillion};`);
    expect(css).toContain(`--map-admin: light-dark(${MAP_COLOURS.admin[0]}, ${MAP_COLOURS.admin[1]});`);
    expect(PALETTES.light.land).toBe(SITE_COLOURS['paper-2'][0]);
    expect(PALETTES.dark.admin).toBe(MAP_COLOURS.admin[1]);
    expect(PALETTES.dark.claim).toBe(DATA_COLOURS.sky);
  });
});
