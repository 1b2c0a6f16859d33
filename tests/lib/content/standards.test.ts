// The editorial standards, on the small fixture site (which falls short of them on purpose) and on edits of it.
import { describe, expect, it } from 'vitest';
import type { ContentTexts } from '../../../src/lib/content/validate.ts';
import { STANDARDS } from '../../../src/lib/content/standards.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { edit, validContent } from '../../support/fixture-content.ts';

const CHAPTER = 'content/chapters/01-capture.mdx';
const EVENT = 'content/events/2021-05-27-six-soldiers-captured.yaml';
const found = (content: ContentTexts, file: string) =>
  validateContent(content, { standards: true, today: '2026-12-01' })
    .filter((p) => p.file === file)
    .map((p) => `${p.field} ${p.message}`);

describe('the editorial standards', () => {
  it('are off for the fixture unless asked for, and then say what a short chapter lacks', () => {
    expect(validateContent(validContent(), { today: '2026-12-01' })).toEqual([]);
    const problems = found(validContent(), CHAPTER);
    expect(problems).toContainEqual(expect.stringMatching(/^text is \d+ words long; expected 1,500 to 3,000 for a chapter$/));
    expect(problems).toContain(`<Cite> is used 1 times; expected at least ${STANDARDS.minCitations} citations in a chapter`);
    expect(problems).toContain('<KeyFacts> is missing; expected a key facts box after the opening paragraph');
    expect(problems).toContain(`questions has 0; expected at least ${STANDARDS.minQuestions} questions for teachers`);
    expect(problems.join('\n')).not.toContain('<Claims> is missing');
  });

  it('ask for an opening paragraph and at least one <Claims> pair', () => {
    const content = edit(validContent(), CHAPTER, 'Six soldiers were detained near', '## Opening [#opening]\n\nSix soldiers were detained near');
    const noClaims = edit(content, CHAPTER, '<Claims label="Where">', '<Aside>').chapters[0];
    noClaims.text = noClaims.text.replace(/<Claim side[^\n]*\n/g, '').replace('</Claims>', '</Aside>');
    const problems = found({ ...content, chapters: [noClaims] }, CHAPTER).join('\n');
    expect(problems).toContain('text does not open with a paragraph');
    expect(problems).toContain('<Claims> is missing');
  });

  it('ask every disputed event for both governments’ accounts', () => {
    const claim = (side: string, by: string) => `\n  - side: ${side}\n    by: ${by}\n    text: Where it happened.\n    sources: [ap-2021]`;
    // Two claims, as the schema asks of a disputed event, but no Azerbaijani one.
    const oneSided = edit(validContent(), EVENT, 'confidence: confirmed', `confidence: disputed\nclaims:${claim('armenia', 'Armenia MoD')}${claim('third-party', 'The OSCE')}`);
    expect(found(oneSided, EVENT)).toContain("claims has no azerbaijan claim; expected a disputed event to give both governments' accounts (side: armenia and side: azerbaijan)");
    const both = edit(oneSided, EVENT, 'side: third-party\n    by: The OSCE', 'side: azerbaijan\n    by: Azerbaijan MoD');
    expect(found(both, EVENT)).toEqual([]);
  });
});
