// Reads the directory's content outside Astro (for the import and check scripts), with
// the same zod schemas the build uses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { serviceSchema, type Service } from '../../src/lib/schema/service';
import { councilAreaSchema, regionSchema, type CouncilArea, type Region } from '../../src/lib/schema/places';
import { vocabularyFromStrings, type Vocabulary } from '../../src/lib/hsds/vocabulary';
import { areaRegionsFrom, hubRegionsOf } from '../../src/lib/regions';
import en from '../../src/i18n/locales/en.json' with { type: 'json' };

export const SERVICES_DIR = 'content/services';

/**
 * Every service in a folder of `<id>.yaml` files, with its hub regions derived from its
 * council areas; a file that breaks the schema throws, naming it.
 */
export function readServices(dir = SERVICES_DIR): Service[] {
  const areaRegions = areaRegionsFrom(readCouncilAreas());
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const result = serviceSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
      if (!result.success) throw new Error(`${join(dir, file)}: ${result.error.message}`);
      return { id: file.replace(/\.yaml$/, ''), ...result.data, regions: hubRegionsOf(result.data.councilAreas, areaRegions) };
    });
}

export function readCouncilAreas(): CouncilArea[] {
  return councilAreaSchema.array().parse(parse(readFileSync('content/council-areas.yaml', 'utf8')));
}

export function readRegions(): Region[] {
  return regionSchema.array().parse(parse(readFileSync('content/regions.yaml', 'utf8')));
}

export function readVocabulary(): Vocabulary {
  return vocabularyFromStrings(en, readCouncilAreas());
}
