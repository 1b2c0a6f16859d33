// The site's editorial standards for its chapters and events: how long a chapter is, how it opens, how much it
// cites, what it gives teachers, and that every contested account has both governments' versions. They belong to
// the content check (so an editor learns of a slip at once, with file and line), but they judge finished
// writing: the tests' small fixture sites and the benchmark's synthetic content are built without them
// (BORDER_LINES_STANDARDS=off).
import type { Chapter } from '../../schemas/chapter.ts';
import type { TimelineEvent } from '../../schemas/event.ts';
import { findComponentUsages } from '../mdx/usages.ts';
import { readableWords } from '../reading-time.ts';
import type { Problem } from './problem.ts';

/** The numbers, in one place. */
export const STANDARDS = {
  chapterWords: { min: 1500, max: 3000 },
  /** The afterword sums up five years, so it is held shorter. */
  afterwordMaxWords: 2500,
  minCitations: 10,
  minQuestions: 3,
  minKeyTerms: 1,
} as const;

/** A chapter as the check read it: its file, its parsed settings, its body and where things are. */
export interface ReadChapter {
  file: string;
  data: Chapter;
  body: string;
  /** Line of a frontmatter field, for messages. */
  lineOf: (field: string) => number | undefined;
}

/** An event as the check read it. */
export interface ReadEvent {
  file: string;
  data: TimelineEvent;
  lineOf: (field: string) => number | undefined;
}

/** Whether the standards apply in this run (they do unless BORDER_LINES_STANDARDS=off). */
export const standardsApply = (env: Record<string, string | undefined> = process.env) => env.BORDER_LINES_STANDARDS !== 'off';

/** Every way a chapter falls short of the standards. */
export function chapterStandards({ file, data, body, lineOf }: ReadChapter): Problem[] {
  const problems: Problem[] = [];
  const usages = findComponentUsages(body);
  const words = readableWords(body);
  const max = data.kind === 'afterword' ? STANDARDS.afterwordMaxWords : STANDARDS.chapterWords.max;
  const { min } = STANDARDS.chapterWords;
  if (words < min || words > max) {
    problems.push({ file, line: 1, field: 'text', message: `is ${words.toLocaleString('en')} words long; expected ${min.toLocaleString('en')} to ${max.toLocaleString('en')} for ${data.kind === 'afterword' ? 'the afterword' : 'a chapter'}` });
  }
  if (!/^\s*[\p{Lu}“"‘']/u.test(body)) {
    problems.push({ file, line: 1, field: 'text', message: 'does not open with a paragraph; expected the chapter to begin with a sentence, then the key facts box' });
  }
  if (!usages.some((u) => u.name === 'KeyFacts')) {
    problems.push({ file, line: 1, field: '<KeyFacts>', message: 'is missing; expected a key facts box after the opening paragraph' });
  }
  const cites = usages.filter((u) => u.name === 'Cite').length;
  if (cites < STANDARDS.minCitations) {
    problems.push({ file, line: 1, field: '<Cite>', message: `is used ${cites} times; expected at least ${STANDARDS.minCitations} citations in a chapter` });
  }
  if (!usages.some((u) => u.name === 'Claims')) {
    problems.push({ file, line: 1, field: '<Claims>', message: 'is missing; expected at least one contested point shown as each government\'s account' });
  }
  if (data.keyTerms.length < STANDARDS.minKeyTerms) {
    problems.push({ file, line: lineOf('keyTerms') ?? 1, field: 'keyTerms', message: 'is empty; expected at least one glossary id for the terms students need' });
  }
  if (data.questions.length < STANDARDS.minQuestions) {
    problems.push({ file, line: lineOf('questions') ?? 1, field: 'questions', message: `has ${data.questions.length}; expected at least ${STANDARDS.minQuestions} questions for teachers` });
  }
  return problems;
}

/** A disputed event gives each government's account: an Armenian and an Azerbaijani claim. */
export function eventStandards({ file, data, lineOf }: ReadEvent): Problem[] {
  if (data.confidence !== 'disputed') return [];
  const sides = new Set(data.claims.map((c) => c.side));
  const missing = (['armenia', 'azerbaijan'] as const).filter((side) => !sides.has(side));
  if (missing.length === 0) return [];
  return [{ file, line: lineOf('claims') ?? lineOf('confidence'), field: 'claims', message: `has no ${missing.join(' or ')} claim; expected a disputed event to give both governments' accounts (side: armenia and side: azerbaijan)` }];
}
