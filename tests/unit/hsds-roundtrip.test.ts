// Export → import gives the same content: the whole directory, through the real script.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { paginate } from '../../src/lib/hsds/page';
import { toHsdsService } from '../../src/lib/hsds/to-hsds';
import { readServices, readVocabulary } from '../../scripts/lib/content';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'pathway-hsds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const importHsds = (...args: string[]) =>
  run('node_modules/.bin/tsx', ['scripts/import-hsds.ts', ...args]).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

const yamlFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

describe('HSDS round trip', () => {
  const vocab = readVocabulary();
  const page = join(work, 'services.json');
  writeFileSync(page, JSON.stringify(paginate(readServices().map((s) => toHsdsService(s, vocab)))));
  const out = join(work, 'services');

  it('imports the export into the same content as content/services, but for the editor notes it never carries', async () => {
    const result = await importHsds(page, '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect(yamlFiles(out)).toEqual(yamlFiles('content/services'));
    for (const file of yamlFiles('content/services')) {
      const { editorNotes: _notes, ...original } = parse(readFileSync(join('content/services', file), 'utf8')) as Record<string, unknown>;
      const imported = parse(readFileSync(join(out, file), 'utf8')) as Record<string, unknown>;
      expect(imported, file).toEqual(original);
      expect(imported['editorNotes'], file).toBeUndefined();
    }
  });

  it('leaves a hand-edited record alone, shows the difference, and replaces it only with --force', async () => {
    const path = join(out, 'breathing-space.yaml');
    const edited = readFileSync(path, 'utf8').replace('name: Breathing Space', 'name: Breathing Space line');
    writeFileSync(path, edited);
    const refused = await importHsds(page, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('-name: Breathing Space line');
    expect(refused.stdout).toContain('+name: Breathing Space');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(path, 'utf8')).toBe(edited);

    const forced = await importHsds(page, '--out', out, '--force');
    expect(forced.code, forced.stderr).toBe(0);
    const { editorNotes: _notes, ...content } = parse(readFileSync('content/services/breathing-space.yaml', 'utf8')) as Record<string, unknown>;
    expect(parse(readFileSync(path, 'utf8'))).toEqual(content);
  });

  it('refuses input that is not valid HSDS, naming the record and the reason', async () => {
    const bad = join(work, 'bad.json');
    writeFileSync(bad, JSON.stringify({ contents: [{ id: 'svc-1', name: 'Drop-in', status: 'open' }] }));
    const result = await importHsds(bad, '--out', join(work, 'none'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"Drop-in": not valid HSDS 3.0');
    expect(result.stderr).toContain('/id must match format "uuid"');
    expect(result.stderr).toContain('/status must be equal to one of the allowed values');
  });
});
