import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/format-date.ts';
import { readableWords, readingMinutes } from '../../src/lib/reading-time.ts';
import { closestMatch, editDistance } from '../../src/lib/suggest.ts';
import { withBase } from '../../src/lib/url.ts';

describe('formatDate', () => {
  it('writes dates the way the style guide asks, at the precision given', () => {
    expect([formatDate('2021-05-27'), formatDate('1988-02'), formatDate('1994')]).toEqual(['27 May 2021', 'February 1988', '1994']);
  });
});

describe('reading time', () => {
  it('counts words a reader reads, not tags, props or id markers', () => {
    expect(readableWords('## Title here [#title]\n\n<Cite ids="a-b c-d"/> One two three.')).toBe(5);
  });
  it('is at least one minute', () => {
    expect(readingMinutes('Short.')).toBe(1);
    expect(readingMinutes('word '.repeat(2200))).toBe(10);
  });
});

describe('suggestions', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('shorzha', 'shorhza')).toBe(1);
  });
  it('suggests only close matches', () => {
    expect(closestMatch('verin-shorja', ['verin-shorzha', 'vardenis'])).toBe('verin-shorzha');
    expect(closestMatch('baku', ['verin-shorzha', 'kalbajar'])).toBeUndefined();
  });
});

describe('withBase', () => {
  it('prefixes root-relative paths once', () => {
    expect([withBase('/war/', '/'), withBase('/war/', '/bl/'), withBase('/bl/war/', '/bl/'), withBase('//cdn.example/x', '/bl/')]).toEqual([
      '/war/',
      '/bl/war/',
      '/bl/war/',
      '//cdn.example/x',
    ]);
  });
});

describe('printedAddress', () => {
  it('prints the full address only when the build knows the real site, never the placeholder domain', async () => {
    const { printedAddress, PLACEHOLDER_SITE } = await import('../../src/lib/site.ts');
    expect(printedAddress('/war/', new URL('https://explainer.example.com'))).toEqual({ text: 'https://explainer.example.com/war/', known: true });
    expect(printedAddress('/war/', new URL(PLACEHOLDER_SITE))).toEqual({ text: '/war/', known: false });
    expect(printedAddress('/war/', undefined)).toEqual({ text: '/war/', known: false });
  });
});
