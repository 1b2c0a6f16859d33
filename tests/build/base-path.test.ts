import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../support/build.ts';
import { readFileSync } from 'node:fs';
import { builtPageFiles as builtPages } from '../../scripts/lib/dist.ts';

const readPage = (file: string) => readFileSync(file, 'utf8');

const outDir = mkdtempSync(join(tmpdir(), 'border-lines-base-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('a build for a project site under a base path (GitHub Pages)', () => {
  it('prefixes every internal link and asset with the base', () => {
    const { status, output } = astroBuild({ BASE_PATH: '/border-lines/', SITE_URL: 'https://example.github.io' }, outDir);
    expect(status, output).toBe(0);
    for (const { file } of builtPages(outDir)) {
      const { document } = parseHTML(readPage(file));
      const addresses = [...document.querySelectorAll('a[href], link[href]')].map((e) => e.getAttribute('href')!);
      const rootRelative = addresses.filter((href) => href.startsWith('/') && !href.startsWith('//'));
      expect(rootRelative.length, file).toBeGreaterThan(0);
      for (const href of rootRelative) expect(href, `${file}: ${href}`).toMatch(/^\/border-lines\//);
      expect(document.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(/^https:\/\/example\.github\.io\/border-lines\//);
    }
  });
});
