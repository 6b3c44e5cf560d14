// The directory's content from the research files: the seed (62 records) and the second
// pass's additions (128: 114 new, 14 that replace a seed record, `replaces: true`), through
// the same conversion (scripts/lib/import-record.ts). Every record is checked before any
// file is written: one that breaks the schema stops the import, naming the record and the
// field, and nothing is written. Repeatable: the same files give the same content, with the
// opening hours transcribed since (issue 18) kept from the files it replaces.
// Usage: npx tsx scripts/import-seed.ts [path/to/shared/data] [content folder, default content]
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { contentRecord, keepOpeningHours, type ResearchRecord } from './lib/import-record';
import type { ServiceData } from '../src/lib/schema/service';

const dataDir = process.argv[2] ?? '../shared/data';
const contentDir = process.argv[3] ?? 'content';
const servicesDir = join(contentDir, 'services');
const read = (file: string): ResearchRecord[] => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
const seed = read('services.seed.json');
const additions = read('services.additions.json');

// A replacing record takes its seed record's place; a new one must not collide with one.
const byId = new Map(seed.map((r) => [r.id, r]));
for (const record of additions) {
  if (record['replaces'] === true && !byId.has(record.id)) throw new Error(`${record.id}: replaces a seed record that does not exist`);
  if (record['replaces'] !== true && byId.has(record.id)) throw new Error(`${record.id}: a seed record has this id; mark it "replaces": true`);
  byId.set(record.id, record);
}
const problems: string[] = [];
const files = [...byId.values()].flatMap((record) => {
  try {
    // Opening hours are transcribed by hand after the import (issue 18): keep them.
    const existingFile = join(servicesDir, `${record.id}.yaml`);
    const existing = existsSync(existingFile) ? (parse(readFileSync(existingFile, 'utf8')) as ServiceData) : undefined;
    return [[record.id, stringify(keepOpeningHours(contentRecord(record), existing), { lineWidth: 0 })] as const];
  } catch (error) {
    problems.push((error as Error).message);
    return [];
  }
});
if (problems.length > 0) {
  console.error(`import: ${problems.length} records break the schema; nothing was written:\n${problems.join('\n')}`);
  process.exit(1);
}

mkdirSync(servicesDir, { recursive: true });
for (const old of readdirSync(servicesDir)) if (old.endsWith('.yaml')) rmSync(join(servicesDir, old));
for (const [id, yaml] of files) writeFileSync(join(servicesDir, `${id}.yaml`), yaml);

const geo = JSON.parse(readFileSync(join(dataDir, 'scotland-council-areas.geojson'), 'utf8'));
const areas = geo.features
  .map((f: { properties: { name: string; code: string; hubRegion: string | null } }) => ({
    id: f.properties.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name: f.properties.name,
    code: f.properties.code,
    region: f.properties.hubRegion,
  }))
  .sort((a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name));
writeFileSync(join(contentDir, 'council-areas.yaml'), stringify(areas));
const replaced = additions.filter((r) => r['replaces'] === true).length;
console.log(`wrote ${files.length} services (${seed.length} seed, ${additions.length - replaced} added, ${replaced} replaced) and ${areas.length} council areas`);
