import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { validateContent, type ContentTexts } from '../../../src/lib/content/validate.ts';
import { edit, validContent } from '../../support/fixture-content.ts';

const NOTES = 'content/teachers/capture.yaml';
/** The fixture chapter with one question, and teacher notes for it. */
function withNotes(): ContentTexts {
  const content = edit(validContent(), 'content/chapters/01-capture.mdx', 'keyTerms: [delimitation]\n', 'keyTerms: [delimitation]\nquestions:\n  - Who was right?\n');
  return {
    ...content,
    teachers: [
      {
        path: NOTES,
        text: `chapter: capture
ages: "15–18"
level: Upper secondary
lessonMinutes: 45
objectives:
  - Compare the two accounts.
  - Explain why the border was contested.
questions:
  - goodAnswer: Neither account was checked by anyone independent.
    sections: [what-each-side-said]
    sources: [ap-2021]
    misreading: Taking one ministry's map as the border.
sourceActivity: Compare the two boxes.
mapActivity: Open the map step.
`,
      },
    ],
  };
}
const messages = (content = withNotes()) => validateContent(content, { today: '2026-12-01' }).map(formatProblem);

describe('validateContent: teacher notes', () => {
  it('accepts notes that match their chapter', () => {
    expect(messages()).toEqual([]);
  });

  it('asks for one guidance entry per question of the chapter', () => {
    const content = edit(withNotes(), 'content/chapters/01-capture.mdx', '  - Who was right?\n', '  - Who was right?\n  - Why then?\n');
    expect(messages(content)).toEqual([
      'content/teachers/capture.yaml:9: questions has 1 entry; expected 2, one for each question in the chapter\'s questions: list, in the same order',
    ]);
  });

  it('names a section id that is not in the chapter, with a suggestion', () => {
    const content = edit(withNotes(), NOTES, 'sections: [what-each-side-said]', 'sections: [what-each-side-sad]');
    expect(messages(content)).toEqual([
      'content/teachers/capture.yaml:10: questions[0].sections[0] "what-each-side-sad" is not a section of chapter "capture"; did you mean "what-each-side-said"?',
    ]);
  });

  it('checks the fields, the source ids and that the file is named after its chapter', () => {
    let content = edit(withNotes(), NOTES, 'lessonMinutes: 45', 'lessonMinutes: 5');
    expect(messages(content)).toEqual(['content/teachers/capture.yaml:4: lessonMinutes 5 is too small; expected at least 15']);
    content = edit(withNotes(), NOTES, 'sources: [ap-2021]', 'sources: [ap-2022]');
    expect(messages(content)).toEqual(['content/teachers/capture.yaml:11: questions[0].sources[0] "ap-2022" is not a source id; did you mean "ap-2021"?']);
    content = edit(withNotes(), NOTES, 'chapter: capture', 'chapter: war');
    expect(messages(content)).toContain('content/teachers/capture.yaml:1: chapter "war" does not match the file name "capture.yaml"; expected the chapter\'s slug as the file name');
  });
});
