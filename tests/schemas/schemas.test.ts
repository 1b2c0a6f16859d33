import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../../src/schemas/chapter.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { placeSchema } from '../../src/schemas/place.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

const chapter = {
  title: 'T',
  slug: 'capture',
  order: 1,
  dek: 'D',
  summary: 'S',
  period: { start: '2021-05-01', end: '2021-07-31' },
  updated: '2026-11-26',
  factsAsOf: '2026-11-26',
};

describe('schemas', () => {
  it('fills empty lists for optional chapter fields', () => {
    expect(chapterSchema.parse(chapter)).toMatchObject({ kind: 'chapter', corrections: [], keyTerms: [], questions: [] });
  });
  it('rejects a chapter whose period ends before it starts', () => {
    const result = chapterSchema.safeParse({ ...chapter, period: { start: '2021-07-31', end: '2021-05-01' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['period', 'end']);
  });
  it('rejects unknown fields so nothing an editor writes is dropped', () => {
    expect(chapterSchema.safeParse({ ...chapter, subtitle: 'x' }).success).toBe(false);
  });
  it('needs two claims for a disputed event, and accepts them', () => {
    const event = {
      id: '2021-05-27-x',
      date: '2021-05-27',
      title: 'T',
      summary: 'S',
      chapter: 'capture',
      category: 'military',
      sources: ['a'],
      confidence: 'disputed',
    };
    expect(eventSchema.safeParse(event).success).toBe(false);
    const claims = [
      { side: 'armenia', by: 'A', text: 'x', sources: ['a'] },
      { side: 'azerbaijan', by: 'B', text: 'y', sources: ['b'] },
    ];
    expect(eventSchema.parse({ ...event, claims }).claims).toHaveLength(2);
  });
  it('range-checks coordinates', () => {
    const place = { id: 'p', name: 'P', kind: 'town', lat: 40, lon: 45, country: 'armenia' };
    expect(placeSchema.safeParse(place).success).toBe(true);
    expect(placeSchema.safeParse({ ...place, lat: 91 }).success).toBe(false);
    expect(placeSchema.safeParse({ ...place, lon: -181 }).success).toBe(false);
  });
  it('needs a full web address for a source', () => {
    const source = { id: 's', publisher: 'P', origin: 'ngo', title: 'T', date: '2021-05-27', url: 'https://example.org/a' };
    expect(sourceSchema.safeParse(source).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, url: 'example.org/a' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, url: 'javascript:alert(1)' }).success).toBe(false);
  });
  it('needs each source to say who published it, and a language as a code', () => {
    const source = {
      id: 's',
      publisher: 'AFP',
      origin: 'international-media',
      via: 'The New Arab',
      title: 'T',
      date: '2021-05-27',
      url: 'https://example.org/a',
    };
    expect(sourceSchema.safeParse(source).success).toBe(true);
    const { origin: _, ...withoutOrigin } = source;
    expect(sourceSchema.safeParse(withoutOrigin).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, origin: 'partisan' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, via: '' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, language: 'ru' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, language: 'Russian' }).success).toBe(false);
  });
});
