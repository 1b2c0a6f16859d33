// The figures drawn from fixture data, as Observable Plot tests its marks: a change to a layout or to the shared
// serializer shows up here as a diff of the SVG, whatever the real content says.
import { describe, expect, it } from 'vitest';
import { figureSvgs } from '../../../src/lib/figures/layout.ts';
import { CASUALTY_FIXTURE, ELECTION_FIXTURE } from '../../fixtures/figures.ts';

describe.each([
  ['election', ELECTION_FIXTURE],
  ['casualties', CASUALTY_FIXTURE],
])('the %s figure from a fixture', (_kind, figure) => {
  it('draws the same SVG at both widths', () => {
    const { narrow, wide } = figureSvgs(figure);
    expect(narrow).toMatchSnapshot('narrow');
    expect(wide).toMatchSnapshot('wide');
  });
});
