// /map/basemap.json: the Natural Earth basemap (src/data/geo/), fetched by the interactive map only.
import { basemap } from '../../data/map.ts';

export function GET() {
  return new Response(JSON.stringify(basemap), { headers: { 'Content-Type': 'application/geo+json' } });
}
