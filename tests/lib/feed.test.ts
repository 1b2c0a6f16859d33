import { describe, expect, it } from 'vitest';
import { atomFeed, sortEntries } from '../../src/lib/feed.ts';

const entry = (id: string, date: string) => ({ id, title: `T & ${id}`, date, text: '<b>x</b>', url: `https://example.org/${id}/` });

describe('atomFeed', () => {
  it('lists entries newest first and takes the feed date from the newest', () => {
    const xml = atomFeed({
      title: 'BL',
      siteUrl: 'https://example.org/',
      feedUrl: 'https://example.org/updates.xml',
      entries: [entry('a', '2026-11-26'), entry('b', '2026-12-01')],
    });
    expect(xml.indexOf('<id>b</id>')).toBeLessThan(xml.indexOf('<id>a</id>'));
    expect(xml).toContain('<updated>2026-12-01T00:00:00Z</updated>');
  });
  it('escapes text so editors cannot break the XML', () => {
    const xml = atomFeed({ title: 'BL', siteUrl: 'https://example.org/', feedUrl: 'https://example.org/f', entries: [entry('a', '2026-11-26')] });
    expect(xml).toContain('<title>T &amp; a</title>');
    expect(xml).toContain('<summary>&lt;b&gt;x&lt;/b&gt;</summary>');
  });
  it('orders entries of the same day by id, so builds are stable', () => {
    expect(sortEntries([entry('b', '2026-11-26'), entry('a', '2026-11-26')]).map((e) => e.id)).toEqual(['a', 'b']);
  });
});
