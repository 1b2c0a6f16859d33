import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { edit, validContent } from '../../support/fixture-content.ts';

const EVENT = 'content/events/2021-05-27-six-soldiers-captured.yaml';
const CHAPTER = 'content/chapters/01-capture.mdx';
const messages = (content = validContent()) => validateContent(content).map(formatProblem);

describe('validateContent', () => {
  it('accepts a valid content set', () => {
    expect(messages()).toEqual([]);
  });

  it('names file, line, field, bad value and a suggestion for an unknown place id', () => {
    const content = edit(validContent(), EVENT, 'places: [verin-shorzha]', 'places: [verin-shorja]');
    expect(messages(content)).toEqual([`${EVENT}:7: places[0] "verin-shorja" is not a place id; did you mean "verin-shorzha"?`]);
  });

  it('reports a duplicate event id in both files', () => {
    const content = validContent();
    content.events.push({ path: 'content/events/2021-05-27-six-soldiers-captured-copy.yaml', text: content.events[0].text });
    const found = messages(content);
    expect(found).toContain(
      'content/events/2021-05-27-six-soldiers-captured-copy.yaml:1: id "2021-05-27-six-soldiers-captured" is used twice (first at content/events/2021-05-27-six-soldiers-captured.yaml:1); expected each id once',
    );
    expect(found.some((m) => m.includes('does not match the file name'))).toBe(true);
  });

  it('rejects a date that does not exist, saying what form is expected', () => {
    const content = edit(validContent(), EVENT, 'date: 2021-05-27', 'date: 2021-02-30');
    expect(messages(content)).toEqual([`${EVENT}:2: date "2021-02-30" is not valid; expected a date that exists in the calendar (YYYY-MM-DD, YYYY-MM or YYYY)`]);
  });

  it('rejects a date written the wrong way round', () => {
    const content = edit(validContent(), EVENT, 'date: 2021-05-27', 'date: 27/05/2021');
    expect(messages(content)).toEqual([`${EVENT}:2: date "27/05/2021" is not valid; expected a date written as YYYY-MM-DD, YYYY-MM or YYYY`]);
  });

  it('accepts month and year precision for old events', () => {
    const content = edit(validContent(), EVENT, 'date: 2021-05-27', 'date: 2021-05');
    expect(messages(content)).toEqual([]);
  });

  it('reports a missing required field', () => {
    const content = edit(validContent(), EVENT, 'title: Six soldiers detained\n', '');
    expect(messages(content)).toEqual([`${EVENT}:1: title is missing; expected text`]);
  });

  it('reports an unknown citation id in MDX with its line', () => {
    const content = edit(validContent(), CHAPTER, '<Cite ids="ap-2021"/>', '<Cite ids="ap-2012"/>');
    expect(messages(content)).toEqual([`${CHAPTER}:15: <Cite ids>[0] "ap-2012" is not a source id; did you mean "ap-2021"?`]);
  });

  it('reports a misspelt field instead of dropping it silently', () => {
    const content = edit(validContent(), EVENT, 'summary:', 'summray:');
    const found = messages(content);
    expect(found).toContain(`${EVENT}:1: summary is missing; expected text`);
    expect(found.find((m) => m.includes('unknown field'))).toMatch(/has an unknown field "summray"; did you mean "summary"\?/);
  });

  it('suggests the nearest allowed value for a mistyped category', () => {
    const content = edit(validContent(), EVENT, 'category: military', 'category: militray');
    expect(messages(content)).toEqual([
      `${EVENT}:6: category "militray" is not allowed; expected one of: military, diplomatic, political, humanitarian, legal; did you mean "military"?`,
    ]);
  });

  it('requires claims from both sides for a disputed event', () => {
    const content = edit(validContent(), EVENT, 'confidence: confirmed', 'confidence: disputed');
    expect(messages(content)[0]).toMatch(/claims .*expected at least two claims/);
  });

  it('rejects an event dated outside its chapter unless marked outsidePeriod', () => {
    const outside = edit(validContent(), EVENT, 'date: 2021-05-27', 'date: 2022-09-13');
    expect(messages(outside)).toEqual([
      `${EVENT}:2: date "2022-09-13" is outside the period of chapter "capture" (2021-05-01 to 2021-07-31); expected a date inside it, or add outsidePeriod: true if it is background or aftermath`,
    ]);
    const marked = edit(outside, EVENT, 'confidence: confirmed', 'confidence: confirmed\noutsidePeriod: true');
    expect(messages(marked)).toEqual([]);
  });

  it('reports an unknown chapter slug on an event', () => {
    const content = edit(validContent(), EVENT, 'chapter: capture', 'chapter: captures');
    expect(messages(content)).toEqual([`${EVENT}:5: chapter "captures" is not a chapter slug; did you mean "capture"?`]);
  });

  it('reports an unknown component and a missing prop in MDX', () => {
    const content = edit(validContent(), CHAPTER, '<Cite ids="ap-2021"/>', '<Cit ids="ap-2021"/> <Claim side="armenia" by="x">y</Claim>');
    const found = messages(content);
    expect(found[0]).toMatch(/^content\/chapters\/01-capture\.mdx:15: <Cit> is not a component editors can use; did you mean <Cite>\?/);
    expect(found).toContain(`${CHAPTER}:15: <Claim> is missing the prop "sources"; expected sources="…" with source ids separated by spaces`);
  });

  it('reports a wrong side on a claim', () => {
    const content = edit(validContent(), CHAPTER, 'side="armenia"', 'side="armenian"');
    expect(messages(content)).toEqual([`${CHAPTER}:20: <Claim side> "armenian" is not allowed; expected one of: armenia, azerbaijan, third-party; did you mean "armenia"?`]);
  });

  it('keeps the Armenian account first and needs both sides in a <Claims> pair', () => {
    const swapped = edit(edit(validContent(), CHAPTER, 'side="armenia"', 'side="SWAP"'), CHAPTER, 'side="azerbaijan"', 'side="armenia"');
    expect(messages(edit(swapped, CHAPTER, 'side="SWAP"', 'side="azerbaijan"'))).toEqual([
      `${CHAPTER}:19: <Claims> lists azerbaijan, armenia; expected the order used across the site: armenia, azerbaijan`,
    ]);
    const oneSided = edit(validContent(), CHAPTER, 'side="azerbaijan"', 'side="third-party"');
    expect(messages(oneSided)).toEqual([`${CHAPTER}:19: <Claims> has the sides armenia, third-party; expected a <Claim side="armenia"> and a <Claim side="azerbaijan">`]);
  });

  it('asks for a stable id on every heading', () => {
    const content = edit(validContent(), CHAPTER, ' [#what-each-side-said]', '');
    expect(messages(content)).toEqual([
      `${CHAPTER}:17: heading "What each side said" has no stable id; expected it to end with one, e.g. ## What each side said [#what-each-side-said]`,
    ]);
  });

  it('ignores components inside code, so EDITING examples do not count', () => {
    const content = edit(validContent(), CHAPTER, 'The border', '`<Nope/>` The border');
    expect(messages(content)).toEqual([]);
  });

  it('reports coordinates that look swapped', () => {
    const content = edit(validContent(), 'content/places.yaml', 'lat: 40.0872\n  lon: 45.8325', 'lat: 45.8325\n  lon: 40.0872');
    expect(messages(content)[0]).toMatch(/verin-shorzha › lat\/lon 45.8325, 40.0872 is outside the South Caucasus/);
  });

  it('reports latitude out of range', () => {
    const content = edit(validContent(), 'content/places.yaml', 'lat: 40.0872', 'lat: 140.0872');
    expect(messages(content)).toContain('content/places.yaml:4: verin-shorzha › lat 140.0872 is too large; expected at most 90');
  });

  it('names the source, the bad origin and the allowed ones', () => {
    const content = edit(validContent(), 'content/sources.yaml', 'origin: international-media', 'origin: wire');
    expect(messages(content)).toEqual([
      'content/sources.yaml:3: ap-2021 › origin "wire" is not allowed; expected one of: armenian-government, karabakh-authorities, armenian-media, azerbaijani-government, azerbaijani-media, russian-state, russian-media, turkish-media, foreign-government, international-media, intergovernmental, ngo, academic, reference, other',
    ]);
  });

  it('asks for a source id that starts with a letter, since it becomes an HTML id', () => {
    const content = edit(validContent(), 'content/sources.yaml', '- id: ap-2021', '- id: 1ap-2021');
    expect(messages(content)).toContain(
      'content/sources.yaml:1: 1ap-2021 › id "1ap-2021" is not valid; expected an id that starts with a letter, e.g. am301-2024-04-23-tavush rather than 301am-…',
    );
  });

  it('reports a source without an origin', () => {
    const content = edit(validContent(), 'content/sources.yaml', '  origin: international-media\n', '');
    expect(messages(content)).toEqual([expect.stringMatching(/^content\/sources\.yaml:1: ap-2021 › origin is missing/)]);
  });

  it('reports a "facts as of" day that is missing, in the future or before what the chapter relies on', () => {
    const chapter = 'content/chapters/01-capture.mdx';
    expect(messages(edit(validContent(), chapter, 'factsAsOf: 2026-11-26\n', ''))).toEqual([
      'content/chapters/01-capture.mdx:2: factsAsOf is missing; expected a day written as YYYY-MM-DD, e.g. 2021-05-27',
    ]);
    const future = validateContent(edit(validContent(), chapter, 'factsAsOf: 2026-11-26', 'factsAsOf: 2027-01-01'), { today: '2026-12-01' });
    expect(future.map(formatProblem)).toEqual([
      'content/chapters/01-capture.mdx:11: factsAsOf 2027-01-01 is in the future; expected the day the facts were last checked, on or before today (2026-12-01)',
    ]);
    expect(messages(edit(validContent(), chapter, 'factsAsOf: 2026-11-26', 'factsAsOf: 2021-05-20'))).toEqual([
      'content/chapters/01-capture.mdx:11: factsAsOf 2021-05-20 is before 2021-05-27, the date of the source "ap-2021" this chapter relies on; expected a day on or after 2021-05-27',
    ]);
  });

  it('reports a source nobody cites', () => {
    const content = edit(validContent(), 'content/sources.yaml', '  url: https://example.org/ap\n', '  url: https://example.org/ap\n- id: unused\n  publisher: P\n  origin: ngo\n  title: T\n  date: 2021\n  url: https://example.org/u\n');
    expect(messages(content)).toEqual([
      'content/sources.yaml:7: unused › id is not cited anywhere; expected every listed source to be cited by an event, a page, a place or a glossary entry (cite it or remove it)',
    ]);
  });

  it('turns a YAML syntax error into a located message, not a crash', () => {
    const content = edit(validContent(), EVENT, 'title: Six soldiers detained', 'title: "Six soldiers detained');
    const found = messages(content);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatch(/^content\/events\/2021-05-27-six-soldiers-captured\.yaml:\d+: YAML cannot be read/);
  });

  it('reports every problem in one run, not only the first', () => {
    let content = edit(validContent(), EVENT, 'places: [verin-shorzha]', 'places: [nowhere]');
    content = edit(content, EVENT, 'date: 2021-05-27', 'date: 2021-13-01');
    content = edit(content, CHAPTER, 'ids="ap-2021"', 'ids="missing"');
    content = edit(content, 'content/glossary.yaml', '  term: Delimitation\n', '');
    expect(validateContent(content).length).toBe(4);
  });

  it('asks for a citation in a long paragraph of a chapter that has none', () => {
    const long = 'The border here was never drawn on any agreed map, and each government read the old Soviet maps in the way that suited its own position best at the time.';
    const content = edit(validContent(), CHAPTER, 'The border was never', `${long}\n\nThe border was never`);
    expect(messages(content)).toEqual([
      `${CHAPTER}:24: paragraph "${long.slice(0, 60)}…" has no citation; expected a <Cite ids="…"/> for the facts it states (every running-text paragraph of 25 words or more needs one)`,
    ]);
  });

  it('reports a missing list file', () => {
    const content = { ...validContent(), glossary: undefined };
    expect(messages(content)).toContain('content/glossary.yaml: file is missing; expected a YAML list of entries');
  });
});
