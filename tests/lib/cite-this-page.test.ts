import { describe, expect, it } from 'vitest';
import { citationText, citePage } from '../../src/lib/cite-this-page.ts';

const page = { title: 'The capture', site: 'Border Lines', url: 'https://example.org/capture/', updated: '2026-11-26' };

describe('citePage', () => {
  const styles = citePage(page);
  it('writes APA with the site as author, the update date and the title in italics', () => {
    expect(citationText(styles.APA)).toBe('Border Lines. (2026, November 26). The capture. https://example.org/capture/');
    expect(styles.APA.find((p) => p.italic)?.text).toBe('The capture');
  });
  it('writes MLA with the container in italics and an abbreviated month', () => {
    expect(citationText(styles.MLA)).toBe('“The capture.” Border Lines, 26 Nov. 2026, example.org/capture/.');
  });
  it('writes a Chicago bibliography entry with the last-modified date', () => {
    expect(citationText(styles.Chicago)).toBe('Border Lines. “The capture.” Last modified November 26, 2026. https://example.org/capture/.');
  });
});
