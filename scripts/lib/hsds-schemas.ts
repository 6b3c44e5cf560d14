import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SchemaFiles } from '../../src/lib/hsds/validator';

/** The project's unmodified copy of the official HSDS 3.0 schemas. */
export const HSDS_SCHEMA_DIR = 'content/hsds-3.0';

export function loadHsdsSchemas(dir = HSDS_SCHEMA_DIR): SchemaFiles {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown]),
  );
}
