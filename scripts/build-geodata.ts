// npm run geodata — derive the site's basemap from the Natural Earth extracts in ../shared/geo/ (see its README for
// provenance) and write src/data/geo/basemap.json plus its provenance note. Run by hand when the extracts change;
// the output is committed, so neither the build nor CI ever reads ../shared/.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { admin1Ids, assembleBasemap, BASEMAP_LAYERS, type GeoSources } from '../src/lib/map/geodata.ts';

const from = resolve(process.env.GEO_SOURCE ?? join(process.cwd(), '..', 'shared', 'geo'));
const to = join(process.cwd(), 'src', 'data', 'geo');
const FILES = [
  'admin0_countries',
  'admin1_arm_aze',
  'admin0_breakaway_disputed_areas',
  'admin0_disputed_boundary_lines',
  'lakes',
  'rivers_lake_centerlines',
  'rivers_europe',
  'populated_places',
];

const sources: GeoSources = Object.fromEntries(FILES.map((name) => [name, JSON.parse(readFileSync(join(from, `${name}.geojson`), 'utf8'))]));
const basemap = assembleBasemap(sources);
const json = JSON.stringify(basemap);
writeFileSync(join(to, 'basemap.json'), `${json}\n`);
writeFileSync(join(to, 'admin1-ids.json'), `${JSON.stringify(admin1Ids(basemap), null, 2)}\n`);

const counts = BASEMAP_LAYERS.map((layer) => `${layer} ${basemap.features.filter((f) => f.properties.layer === layer).length}`).join(', ');
console.log(
  `basemap.json: ${basemap.features.length} features (${counts}); ${(json.length / 1024).toFixed(1)} KB, ${(gzipSync(json).length / 1024).toFixed(1)} KB gz`,
);
