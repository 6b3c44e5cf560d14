// The synthetic directory as content files, for the build benchmark: the same services the
// search benchmark uses, written as content/services/<id>.yaml would be, so the build reads,
// validates and renders them exactly as it does the real ones.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Service } from '../../src/lib/schema/service';
import { syntheticServices } from './synthetic-directory';

/** One service as the YAML of its content file (the id is the file name, not a field). */
export function serviceYaml(service: Service): string {
  // Hub regions follow from the council areas; content files do not hold them.
  const { id: _id, regions: _regions, ...data } = service;
  return stringify(data);
}

/** Writes `count` synthetic services into `dir` (created if missing) and returns their ids. */
export function writeSyntheticDirectory(dir: string, count: number, seed = 1): string[] {
  mkdirSync(dir, { recursive: true });
  const services = syntheticServices(count, seed);
  for (const s of services) writeFileSync(join(dir, `${s.id}.yaml`), serviceYaml(s));
  return services.map((s) => s.id);
}
