import { describe, expect, it } from 'vitest';
import { balanceFailures, contentBalance } from '../../src/lib/audit/balance.ts';
import { formatProblems } from '../../src/lib/content/problem.ts';
import { readContentTexts } from '../../src/lib/content/read.ts';
import { validateContent } from '../../src/lib/content/validate.ts';

describe('the content in content/', () => {
  it('passes every schema, cross-reference and editorial check', () => {
    const problems = validateContent(readContentTexts(), { standards: true });
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('passes the balance audit (npm run audit:balance): no one-sided paragraph in the site\'s own voice', () => {
    const failures = contentBalance(readContentTexts()).flatMap((page) => balanceFailures(page));
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
