// Imports an HSDS 3.0 export (another hub's, or Pathway's own) into content/services.
//   npm run import:hsds -- <file or folder> [--out content/services] [--force] [--source <url>]
// A file may hold a services page ({ contents: [...] }), a list of services, or one
// service; a folder is read for every *.json in it (not recursively). Every record is
// checked against the official HSDS schemas, then against Pathway's content schema.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fromHsdsService } from '../src/lib/hsds/from-hsds';
import { recordsOf } from '../src/lib/hsds/page';
import type { HsdsService } from '../src/lib/hsds/types';
import { createHsdsValidator } from '../src/lib/hsds/validator';
import { planWrite, type WriteAction } from '../src/lib/hsds/write-plan';
import { SERVICES_DIR } from './lib/content';
import { loadHsdsSchemas } from './lib/hsds-schemas';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: SERVICES_DIR },
    force: { type: 'boolean', default: false },
    source: { type: 'string' },
  },
});
if (positionals.length === 0) {
  console.error('Usage: npm run import:hsds -- <file or folder> [--out content/services] [--force] [--source <url>]');
  process.exit(2);
}

function inputFiles(path: string): string[] {
  if (!existsSync(path)) throw new Error(`${path}: no such file or folder`);
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).filter((f) => f.endsWith('.json')).sort().map((f) => join(path, f));
}

const validator = createHsdsValidator(loadHsdsSchemas());
const counts: Record<WriteAction | 'refused', number> = { create: 0, unchanged: 0, overwrite: 0, conflict: 0, refused: 0 };
const seen = new Map<string, string>();
mkdirSync(values.out, { recursive: true });

for (const file of positionals.flatMap(inputFiles)) {
  let records: unknown[];
  try {
    records = recordsOf(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    console.error(`✗ ${file}: ${(error as Error).message}`);
    counts.refused++;
    continue;
  }
  records.forEach((record, index) => {
    const label = `${file} #${index + 1} ${JSON.stringify((record as { name?: unknown })?.name ?? '(no name)')}`;
    const problems = validator.problems('service', record);
    if (problems.length) {
      console.error(`✗ ${label}: not valid HSDS 3.0\n${problems.map((p) => `    ${p}`).join('\n')}`);
      counts.refused++;
      return;
    }
    const result = fromHsdsService(record as HsdsService, values.source ? { defaultSource: values.source } : {});
    if (!result.ok) {
      console.error(`✗ ${label}: cannot be Pathway content\n${result.reasons.map((r) => `    ${r}`).join('\n')}`);
      counts.refused++;
      return;
    }
    if (seen.has(result.id)) {
      console.error(`✗ ${label}: id "${result.id}" is already used by ${seen.get(result.id)} in this import`);
      counts.refused++;
      return;
    }
    seen.set(result.id, label);
    for (const warning of result.warnings) console.warn(`! ${label}: ${warning}`);
    const path = join(values.out, `${result.id}.yaml`);
    const plan = planWrite(path, existsSync(path) ? readFileSync(path, 'utf8') : null, result.data, values.force);
    counts[plan.action]++;
    if (plan.action === 'unchanged') return;
    if (plan.diff) console.log(plan.diff);
    if (plan.action === 'conflict') {
      console.error(`✗ ${path} differs from the import (diff above): kept as it is; run again with --force to replace it`);
      return;
    }
    writeFileSync(path, plan.text);
    console.log(`${plan.action === 'create' ? '+' : '~'} ${path}`);
  });
}

console.log(
  `\n${counts.create} new, ${counts.overwrite} replaced, ${counts.unchanged} unchanged, ` +
    `${counts.conflict} kept (differ; --force replaces), ${counts.refused} refused`,
);
process.exitCode = counts.refused || counts.conflict ? 1 : 0;
