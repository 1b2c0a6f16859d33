import type { APIRoute } from 'astro';
import { getUpdateEntries } from '../data/updates.ts';
import { atomFeed } from '../lib/feed.ts';
import { SITE_NAME } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const siteUrl = new URL(base, site).href;
  const body = atomFeed({
    title: `${SITE_NAME}: corrections and updates`,
    siteUrl,
    feedUrl: new URL(`${base}updates.xml`, site).href,
    entries: await getUpdateEntries(site!, base),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
