import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { serviceSchema } from '../../src/lib/schema/service';

const run = promisify(execFile);

describe('the content schema', () => {
  it('accepts every service in content/services', () => {
    const dir = 'content/services';
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(62);
    for (const file of files) {
      const result = serviceSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
      expect(result.success, `${file}: ${result.error?.message}`).toBe(true);
    }
  });

  it('rejects a phone number with letters, a missing source, an unknown council area and no status', () => {
    const result = serviceSchema.safeParse({
      name: 'x', organisation: 'y', kind: 'mainstream', categories: ['housing'],
      councilAreas: ['Mars'], description: 'z',
      phone: [{ number: '0800 O27' }], free: null, sources: [], checked: '2024-13',
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['status', 'councilAreas.0', 'phone.0.number', 'sources', 'checked']));
  });

  it('refuses editor phrases in what she reads, naming the field, and keeps them in editorNotes', () => {
    const base = {
      name: 'x', organisation: 'y', kind: 'mainstream', status: 'unverified', categories: ['housing'],
      councilAreas: ['Fife'], description: 'A housing line.', free: null, sources: ['https://example.org/'], checked: null,
    };
    for (const [field, value] of [
      ['description', 'POSSIBLY CLOSED. Verify before showing to users.'],
      ['publicNotes', 'Number not confirmed on the council site.'],
      ['hours', 'Mon-Fri (per the stored pages, verify)'],
    ] as const) {
      const result = serviceSchema.safeParse({ ...base, [field]: value });
      expect(result.success, field).toBe(false);
      expect(result.error!.issues[0]!.path.join('.')).toBe(field);
      expect(result.error!.issues[0]!.message).toContain('editorNotes');
    }
    const label = serviceSchema.safeParse({ ...base, phone: [{ number: '0800 111 222', label: 'To be checked' }] });
    expect(label.error!.issues[0]!.path.join('.')).toBe('phone.0.label');
    expect(serviceSchema.safeParse({ ...base, editorNotes: 'Verify before publishing.' }).success).toBe(true);
  });

  it('takes opening hours as OSM opening_hours and refuses a value the library cannot read, naming the field (issue 18)', () => {
    const base = {
      name: 'x', organisation: 'y', kind: 'mainstream', status: 'unverified', categories: ['housing'],
      councilAreas: ['Fife'], description: 'A housing line.', free: null, sources: ['https://example.org/'], checked: null,
    };
    const ok = serviceSchema.safeParse({ ...base, openingHours: 'Mo-Fr 09:00-17:00; PH off',
      phone: [{ number: '0800 111 222', hours: 'Any time', openingHours: '24/7' }] });
    expect(ok.success, ok.error?.message).toBe(true);
    const bad = serviceSchema.safeParse({ ...base, phone: [{ number: '0800 111 222', hours: 'Office hours', openingHours: 'office hours' }] });
    expect(bad.error!.issues[0]!.path.join('.')).toBe('phone.0.openingHours');
    expect(bad.error!.issues[0]!.message).toMatch(/opening_hours "office hours": not OSM opening_hours syntax/);
  });

  it('fails the build naming the file, the field and what is wrong', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pathway-broken-'));
    try {
      const error = await run('node_modules/.bin/astro', ['build', '--outDir', join(out, 'dist')], {
        env: {
          ...process.env,
          PATHWAY_SERVICES_DIR: 'tests/fixtures/broken-services',
          PATHWAY_CACHE_DIR: join(out, 'cache'),
          ASTRO_TELEMETRY_DISABLED: '1',
        },
      }).then(
        () => null,
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
      expect(error, 'the build should have failed').not.toBeNull();
      const output = `${error!.stdout}\n${error!.stderr}`;
      expect(output).toContain('broken-phone');
      expect(output).toMatch(/phone\.0\.number/);
      expect(output).toContain('must be digits and spaces as published');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
