import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters, getPage } from '../../data/content.ts';
import { chapterKicker } from '../../lib/chapter-label.ts';
import { ogImage } from '../../lib/og-image.ts';
import { SITE_NAME } from '../../lib/site.ts';

// One preview image per chapter and one for the home page, drawn at build time: no external service.
export const getStaticPaths = (async () => {
  const chapters = await getChapters();
  const home = await getPage('home');
  return [
    { params: { page: 'home' }, props: { kicker: 'An explainer', title: home.data.title, summary: home.data.description } },
    ...chapters.map((c) => ({
      params: { page: c.data.slug },
      props: {
        kicker: chapterKicker(
          c.data,
          chapters.map((x) => x.data),
        ),
        title: c.data.title,
        summary: c.data.dek,
      },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await ogImage({ site: SITE_NAME, kicker: props.kicker, title: props.title, summary: props.summary });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
