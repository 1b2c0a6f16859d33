import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SITE_COLOURS } from './colours.ts';

/** Link previews are 1200 × 630, the size most networks show uncropped. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children: unknown): Node => ({ type, props: { style, children } });

let fonts: Promise<Array<{ name: string; data: Buffer; weight: 400 | 600; style: 'normal' }>> | undefined;
/** The site's own faces (WOFF, which satori reads), so previews need no font service. */
function loadFonts() {
  const require = createRequire(import.meta.url);
  const file = (path: string) => readFile(require.resolve(path));
  fonts ??= Promise.all([
    file('@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff').then((data) => ({
      name: 'Noto Sans',
      data,
      weight: 600 as const,
      style: 'normal' as const,
    })),
    file('@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff').then((data) => ({
      name: 'Noto Sans',
      data,
      weight: 600 as const,
      style: 'normal' as const,
    })),
    file('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff').then((data) => ({
      name: 'Noto Sans',
      data,
      weight: 400 as const,
      style: 'normal' as const,
    })),
  ]);
  return fonts;
}

/** A PNG link preview for a page: site name, kicker (e.g. "Chapter 1 of 4"), title and summary. */
export async function ogImage(page: { site: string; kicker: string; title: string; summary: string }): Promise<Buffer> {
  const tree = el(
    'div',
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: 72,
      background: SITE_COLOURS.paper[0],
      color: SITE_COLOURS.ink[0],
      fontFamily: 'Noto Sans',
    },
    [
      el('div', { display: 'flex', fontSize: 30, fontWeight: 600, color: SITE_COLOURS.muted[0] }, `${page.site} · ${page.kicker}`),
      el('div', { display: 'flex', flexDirection: 'column', width: OG_WIDTH - 144 }, [
        el('div', { display: 'flex', fontSize: 76, fontWeight: 600, lineHeight: 1.1 }, page.title),
        el('div', { display: 'flex', marginTop: 28, fontSize: 34, fontWeight: 400, lineHeight: 1.35, color: SITE_COLOURS.muted[0] }, page.summary),
      ]),
      // A dashed line: the undrawn border of the title.
      el(
        'div',
        { display: 'flex', gap: 16 },
        Array.from({ length: 24 }, () => el('div', { width: 28, height: 8, background: SITE_COLOURS.ink[0] }, '')),
      ),
    ],
  );
  const svg = await satori(tree as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: await loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng();
}
