// Simplifies Scotland's council-area outlines into the file the map fetches from the
// site itself (public/geo/), so no map request ever leaves the site. The output is
// committed: the site ships its own data. Re-run after the source changes:
//   npm run build:outlines -- [path/to/scotland-council-areas.geojson]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildOutlines } from '../src/lib/geo/outlines';

const OUTLINES_FILE = 'public/geo/council-areas.topo.json';
const source =
  process.argv[2] ?? `${process.env['PATHWAY_SHARED_DATA'] ?? '../shared/data'}/scotland-council-areas.geojson`;

let input: unknown;
try {
  input = JSON.parse(readFileSync(source, 'utf8'));
} catch (error) {
  console.error(`Cannot read ${source}: ${(error as Error).message}\nPass the GeoJSON's path as the first argument.`);
  process.exit(1);
}
const json = JSON.stringify(buildOutlines(input));
mkdirSync(dirname(OUTLINES_FILE), { recursive: true });
writeFileSync(OUTLINES_FILE, `${json}\n`);
const gzip = gzipSync(json, { level: 9 }).length;
console.log(`wrote ${OUTLINES_FILE}: ${json.length} bytes, ${gzip} bytes gzip`);
