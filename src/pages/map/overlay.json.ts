// /map/overlay.json: places, events and areas as GeoJSON, fetched by the interactive map only.
import { getMapData } from '../../data/map.ts';

export async function GET() {
  const { overlay } = await getMapData();
  return new Response(JSON.stringify(overlay), { headers: { 'Content-Type': 'application/geo+json' } });
}
