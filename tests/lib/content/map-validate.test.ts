import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { edit, validContent } from '../../support/fixture-content.ts';

const CHAPTER = 'content/chapters/01-capture.mdx';
const AREAS = 'content/map/areas.yaml';
const AREA = `- id: capture-armenian-account
  title: "Armenian account"
  kind: claim
  side: armenia
  by: Armenia's Ministry of Defence
  event: 2021-05-27-six-soldiers-captured
  lat: 40.12
  lon: 45.93
  radiusKm: 4
  note: Approximate.
  sources: [ap-2021]
`;

/** The fixture content with one map area and one <MapStep> appended to the first chapter. */
function withMap(step = '<MapStep place="verin-shorzha" zoom="10" highlight="capture-armenian-account">Caption.</MapStep>') {
  const content = validContent();
  content.areas = { path: AREAS, text: AREA };
  content.chapters[0] = { ...content.chapters[0], text: `${content.chapters[0].text}\n${step}\n` };
  return content;
}
const messages = (content = withMap()) => validateContent(content).map(formatProblem);
const stepLine = () => withMap().chapters[0].text.split('\n').findIndex((l) => l.startsWith('<MapStep')) + 1;

describe('map content checks', () => {
  it('accepts a valid map step and area', () => {
    expect(messages()).toEqual([]);
  });

  it('names an unknown place in <MapStep>, with a suggestion', () => {
    expect(messages(withMap('<MapStep place="verin-shorja">Caption.</MapStep>'))).toEqual([
      `${CHAPTER}:${stepLine()}: <MapStep place> "verin-shorja" is not a place id; did you mean "verin-shorzha"?`,
    ]);
  });

  it('rejects a zoom outside 5–13 or not a number', () => {
    expect(messages(withMap('<MapStep place="verin-shorzha" zoom="20">Caption.</MapStep>'))).toEqual([
      `${CHAPTER}:${stepLine()}: <MapStep zoom> "20" is not allowed; expected a number from 5 to 13, e.g. zoom="6"`,
    ]);
    expect(messages(withMap('<MapStep place="verin-shorzha" zoom="close">Caption.</MapStep>'))[0]).toContain('"close" is not allowed; expected a number from 5 to 13');
  });

  it('names an unknown area in highlight', () => {
    expect(messages(withMap('<MapStep place="verin-shorzha" highlight="capture-armenian">Caption.</MapStep>'))).toEqual([
      `${CHAPTER}:${stepLine()}: <MapStep highlight>[0] "capture-armenian" is not a map area id; expected one listed in content/map/areas.yaml`,
    ]);
  });

  it('asks for an id when two steps of a page would share an anchor', () => {
    const found = messages(withMap('<MapStep place="verin-shorzha">One.</MapStep>\n\n<MapStep place="verin-shorzha">Two.</MapStep>'));
    expect(found).toEqual([
      `${CHAPTER}:${stepLine() + 2}: <MapStep> has the link anchor "#map-verin-shorzha", like the <MapStep> on line ${stepLine()}; expected each step of a page to have its own: add id="…" to one of them`,
    ]);
  });

  it('requires side and by on a claim area, and names the field', () => {
    const content = edit(withMap(), AREAS, "  side: armenia\n  by: Armenia's Ministry of Defence\n", '');
    expect(messages(content)).toEqual([`${AREAS}:1: capture-armenian-account › side is missing; expected side and by, because kind is claim: every claim is attributed`]);
  });

  it('refuses an area with two shapes, and a claim drawn as a precise district', () => {
    const twoShapes = edit(withMap(), AREAS, '  lat: 40.12\n  lon: 45.93\n  radiusKm: 4\n', '  district: kalbajar\n  lat: 40.12\n  lon: 45.93\n  radiusKm: 4\n');
    expect(messages(twoShapes).join('\n')).toContain('exactly one shape: district, or lat + lon + radiusKm, or path + widthKm');
    const district = edit(withMap(), AREAS, '  lat: 40.12\n  lon: 45.93\n  radiusKm: 4\n', '  district: kalbajar\n');
    expect(messages(district).join('\n')).toContain('a claim is drawn as an approximate area');
  });

  it('checks area sources and events exist', () => {
    const content = edit(edit(withMap(), AREAS, 'sources: [ap-2021]', 'sources: [ap-2012]'), AREAS, 'event: 2021-05-27-six-soldiers-captured', 'event: 2021-05-27-six-captured');
    expect([...messages(content)].sort()).toEqual([
      `${AREAS}:11: capture-armenian-account › sources[0] "ap-2012" is not a source id; did you mean "ap-2021"?`,
      `${AREAS}:6: capture-armenian-account › event "2021-05-27-six-captured" is not an event id; expected one listed in content/events/`,
    ]);
  });

  it('names an unknown district', () => {
    const content = edit(withMap(), AREAS, 'kind: claim\n  side: armenia\n  by: Armenia\'s Ministry of Defence\n', 'kind: handover\n');
    const found = messages(edit(content, AREAS, '  lat: 40.12\n  lon: 45.93\n  radiusKm: 4\n', '  district: kalbajr\n'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/district "kalbajr" is not allowed; expected one of: .*kalbajar/);
  });
});
