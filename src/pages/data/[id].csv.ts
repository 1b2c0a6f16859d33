// Each figure's data as a CSV file at /data/<id>.csv, written at build time from the same table the page shows.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFigureMap, getSourceMap } from '../../data/content.ts';
import { tableToCsv } from '../../lib/figures/csv.ts';
import { figureTable } from '../../lib/figures/table.ts';
import type { Figure } from '../../schemas/figure.ts';

export const getStaticPaths = (async () => {
  const figures = await getFigureMap();
  return [...figures.values()].map((figure) => ({ params: { id: figure.id }, props: { figure } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ figure: Figure }> = async ({ props }) => {
  const sources = await getSourceMap();
  const describe = (id: string) => {
    const s = sources.get(id);
    return s ? `${s.publisher}, ${s.title}, ${s.date} <${s.url}>` : id;
  };
  return new Response(tableToCsv(figureTable(props.figure), describe), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
