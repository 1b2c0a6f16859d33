import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/content/problem.ts';
import { readContentTexts } from '../../src/lib/content/read.ts';
import { validateContent } from '../../src/lib/content/validate.ts';

describe('the content in content/', () => {
  it('passes every schema and cross-reference check', () => {
    const problems = validateContent(readContentTexts());
    expect(problems, formatProblems(problems)).toEqual([]);
  });
});
