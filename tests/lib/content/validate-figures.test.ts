import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { edit, validContent } from '../../support/fixture-content.ts';

const FIGURE = 'content/figures/vote.yaml';
const CHAPTER = 'content/chapters/01-capture.mdx';

/** The fixture plus one small election figure, used by the chapter. */
function withFigure() {
  const content = validContent();
  content.figures = [
    {
      path: FIGURE,
      text: `id: vote
kind: election
title: A vote
takeaway: One list won.
totalSeats: 10
allLists: true
thresholds:
  party: 5
  alliance: 7
  sources: [ap-2021]
turnout:
  share: 50
  reportedBy: The commission
  date: 2021-06-27
  sources: [ap-2021]
lists:
  - name: Winners
    type: party
    share: 60
    seats: 7
    count: final
    reportedBy: The commission
    date: 2021-06-27
    sources: [ap-2021]
  - name: Others
    type: alliance
    share: 40
    seats: 3
    count: final
    reportedBy: The commission
    date: 2021-06-27
    sources: [ap-2021]
`,
    },
  ];
  return edit(content, CHAPTER, 'The border was never', '<Figure id="vote"/>\n\nThe border was never');
}
const messages = (content = withFigure()) => validateContent(content).map(formatProblem);

describe('validateContent: figures', () => {
  it('accepts a valid figure used by a chapter', () => {
    expect(messages()).toEqual([]);
  });

  it('reports an unknown figure id in MDX, with a suggestion', () => {
    const content = edit(withFigure(), CHAPTER, '<Figure id="vote"/>', '<Figure id="vot"/>');
    expect(messages(content)).toEqual([`${CHAPTER}:24: <Figure id> "vot" is not a figure id; did you mean "vote"?`]);
  });

  it('reports an unknown source id inside a figure, with its line and path', () => {
    const content = edit(withFigure(), FIGURE, 'share: 40\n    seats: 3\n    count: final\n    reportedBy: The commission\n    date: 2021-06-27\n    sources: [ap-2021]', 'share: 40\n    seats: 3\n    count: final\n    reportedBy: The commission\n    date: 2021-06-27\n    sources: [ap-2012]');
    expect(messages(content)).toEqual([`${FIGURE}:32: lists[1].sources[0] "ap-2012" is not a source id; did you mean "ap-2021"?`]);
  });

  it('reports seats that do not add up to totalSeats', () => {
    const content = edit(withFigure(), FIGURE, 'seats: 3', 'seats: 2');
    expect(messages(content)).toEqual([`${FIGURE}:5: lists[].seats add up to 9 (7 + 2); expected 10, the totalSeats of parliament`]);
  });

  it('reports shares that do not add up to about 100% when every list is given', () => {
    const content = edit(withFigure(), FIGURE, 'share: 40', 'share: 30');
    expect(messages(content)).toEqual([
      `${FIGURE}:6: lists[].share add up to 90%; expected about 100% (±0.5) because allLists is true. Check each share, or set allLists: false if some lists are left out`,
    ]);
  });

  it('reports a misspelt kind with the kinds allowed', () => {
    const content = edit(withFigure(), FIGURE, 'kind: election', 'kind: elections');
    expect(messages(content)).toEqual([`${FIGURE}:2: kind "elections" is not allowed; expected one of: election, casualties, commitments; did you mean "election"?`]);
  });

  it('reports a field of the wrong kind of figure by name', () => {
    const content = edit(withFigure(), FIGURE, 'totalSeats: 10', 'totalSeats: 10\nunit: deaths');
    expect(messages(content)[0]).toMatch(/^content\/figures\/vote\.yaml:1: entry has an unknown field "unit"/);
  });

  it('reports a figure whose id does not match its file name', () => {
    const content = edit(withFigure(), FIGURE, 'id: vote', 'id: votes');
    expect(messages(content)).toContain(`${FIGURE}:1: id "votes" does not match the file name "vote.yaml"; expected them to be the same (rename one)`);
  });

  it('counts a figure\'s sources as cited', () => {
    const content = edit(withFigure(), 'content/pages/home.mdx', 'Text. <Cite ids="ap-2021"/>', 'Text.');
    const chapterless = edit(content, CHAPTER, 'Six soldiers were detained near <Place id="verin-shorzha"/>. <Cite ids="ap-2021"/>', 'Six soldiers were detained.');
    expect(messages(chapterless).filter((m) => m.includes('not cited'))).toEqual([]);
  });
});
