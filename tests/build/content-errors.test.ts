import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, ROOT } from '../support/build.ts';

const scratch = mkdtempSync(join(tmpdir(), 'border-lines-content-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the real content with one mistake made in one file. */
function brokenContent(name: string, file: string, from: string | RegExp, to: string): string {
  const dir = join(scratch, name);
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`could not make the "${name}" mistake in ${file}`);
  writeFileSync(path, changed);
  return dir;
}

const EVENT = 'events/2021-05-27-six-soldiers-captured.yaml';

// Each case: an editor's mistake, and what the build must say about it (file, field, value, expectation).
const cases: Array<[string, string, string | RegExp, string, RegExp]> = [
  [
    'unknown place id',
    EVENT,
    'places: [gegharkunik',
    'places: [gegharkunk',
    /2021-05-27-six-soldiers-captured\.yaml:\d+: places\[0\] "gegharkunk" is not a place id; did you mean "gegharkunik"\?/,
  ],
  ['duplicate event id', EVENT, /^id: .*$/m, 'id: 2021-05-27-six-soldiers-captured\n# copy', /id "2021-05-27-six-soldiers-captured" is used twice/],
  [
    'bad date',
    EVENT,
    /^date: .*$/m,
    'date: 2021-05-32',
    /2021-05-27-six-soldiers-captured\.yaml:\d+: date "2021-05-32" is not valid; expected a date that exists in the calendar/,
  ],
  ['missing required field', EVENT, /^title: .*\n/m, '', /2021-05-27-six-soldiers-captured\.yaml:\d+: title is missing; expected text/],
  [
    'unknown citation id',
    'chapters/01-capture.mdx',
    '<Cite ids="',
    '<Cite ids="no-such-source ',
    /01-capture\.mdx:\d+: <Cite ids>\[0\] "no-such-source" is not a source id/,
  ],
];

describe('a content mistake stops the build with an editor-readable message', () => {
  it.each(cases)('%s', (name, file, from, to, expected) => {
    const dir = brokenContent(name.replace(/\W+/g, '-'), file, from, to);
    if (name === 'duplicate event id') cpSync(join(dir, EVENT), join(dir, 'events', '2021-05-27-six-soldiers-captured-copy.yaml'));
    const { status, output } = astroBuild({ BORDER_LINES_CONTENT: dir }, join(dir, 'dist'));
    expect(status).not.toBe(0);
    expect(output).toMatch(expected);
    expect(output).toContain('Content check found');
    // No stack trace: editors must never see one for a content mistake.
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
