// One-off conversion of ../shared/data into content/: kept so the conversion can be
// repeated and reviewed. Usage: npx tsx scripts/import-seed.ts [path/to/shared/data]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { serviceSchema } from '../src/lib/schema/service';

const dataDir = process.argv[2] ?? '../shared/data';
const seed: Array<Record<string, unknown> & { id: string }> = JSON.parse(
  readFileSync(join(dataDir, 'services.seed.json'), 'utf8'),
);

mkdirSync('content/services', { recursive: true });
for (const { id, ...record } of seed) {
  // Keep every field that has a value; `free: null` and `checked: null` are values
  // ("not stated", "never checked") and are kept too.
  const kept = Object.fromEntries(
    Object.entries(record).filter(([k, v]) => v !== null || k === 'free' || k === 'checked'),
  );
  const data = serviceSchema.parse(kept);
  writeFileSync(join('content/services', `${id}.yaml`), stringify(data, { lineWidth: 0 }));
}

const geo = JSON.parse(readFileSync(join(dataDir, 'scotland-council-areas.geojson'), 'utf8'));
const areas = geo.features
  .map((f: { properties: { name: string; code: string; hubRegion: string | null } }) => ({
    id: f.properties.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name: f.properties.name,
    code: f.properties.code,
    region: f.properties.hubRegion,
  }))
  .sort((a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name));
writeFileSync('content/council-areas.yaml', stringify(areas));
console.log(`wrote ${seed.length} services and ${areas.length} council areas`);
