import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, phoneKey, websiteKey } from '../../src/lib/content-check';
import { formatMarkdown, formatTerminal, textTable } from '../../src/lib/content-check-format';
import type { Service } from '../../src/lib/schema/service';

function service(id: string, over: Partial<Service> = {}): Service {
  return {
    id, name: id, organisation: 'Org', kind: 'mainstream', status: 'unverified', categories: ['housing'], regions: ['glasgow'],
    councilAreas: ['Glasgow City'], description: 'd', free: null, sources: ['https://example.org/'], checked: null, ...over,
  };
}

const today = new Date('2026-11-23T09:00:00Z');
const services = [
  service('a', { phone: [{ number: '0800 027 1234' }], checked: '2026-06-01' }),
  service('b', { phone: [{ number: '+44 800 027 1234' }], checked: '2025-10', website: 'https://www.example.org/' }),
  service('c', { regions: ['dundee'], categories: ['health', 'housing'], website: 'http://example.org', checked: '2025-11-23' }),
  service('d', { regions: ['national'], sms: '07800 000000', textphone: '07800 000000' }),
];
const check = checkContent(services, { regions: ['glasgow', 'dundee', 'national'], needs: ['housing', 'health', 'employment'] }, today);

describe('checkContent', () => {
  it('counts services, phoneless, never-checked and out-of-date records per region', () => {
    expect(check.regions.map((r) => [r.key, r.total, r.noPhone.map((s) => s.id), r.neverChecked.length, r.stale.map((s) => s.id)])).toEqual([
      ['glasgow', 2, [], 0, ['b']],
      ['dundee', 1, ['c'], 0, []],
      ['national', 1, ['d'], 1, []],
    ]);
  });

  it('lists what to confirm next: unverified only, never checked first, then the oldest (issue 20)', () => {
    const more = [...services, service('e', { status: 'active', checked: '2020' }), service('f', { checked: '2024' })];
    const next = checkContent(more, { regions: ['glasgow'], needs: ['housing'] }, today).toConfirm.map((s) => s.id);
    expect(next).toEqual(['d', 'f', 'b', 'c', 'a']);
    // Then the records with an open problem report, from the hub's inbox.
    expect(checkContent(more, { regions: ['glasgow'], needs: ['housing'] }, today, ['e', 'nope']).reported.map((s) => s.id)).toEqual(['e']);
    expect(formatMarkdown(checkContent(more, { regions: ['glasgow'], needs: ['housing'] }, today), { region: String, need: String })).toContain('## To confirm next (5)');
  });

  it('counts per need, a service in each of its needs, and keeps empty needs visible', () => {
    expect(check.needs.map((n) => [n.key, n.total])).toEqual([['housing', 4], ['health', 1], ['employment', 0]]);
  });

  it('calls a record out of date only past 12 whole months', () => {
    expect(check.stale.map(({ service: s, months }) => [s.id, months])).toEqual([['b', 13]]);
    expect(check.neverChecked.map((s) => s.id)).toEqual(['d']);
  });

  it('warns on a number or website shared across records, not within one', () => {
    expect(check.sharedPhones.map((g) => [g.value, g.services.map((s) => s.id)])).toEqual([['0800 027 1234', ['a', 'b']]]);
    expect(check.sharedWebsites.map((g) => g.services.map((s) => s.id))).toEqual([['b', 'c']]);
  });
});

describe('keys', () => {
  it('treats +44 and 0 forms, spaces, www and a trailing slash as the same', () => {
    expect(phoneKey('+44 800 027 1234')).toBe(phoneKey('0800 0271234'));
    expect(websiteKey('https://WWW.Example.org/path/')).toBe(websiteKey('http://example.org/path'));
    expect(websiteKey('https://example.org/a')).not.toBe(websiteKey('https://example.org/b'));
  });
});

describe('the report', () => {
  const names = { region: (id: string) => `Region ${id}`, need: (id: string) => `Need ${id}` };

  it('prints aligned tables, lists and warnings for the terminal', () => {
    const text = formatTerminal(check, names);
    expect(text).toContain('Content check, 2026-11-23: 4 services');
    expect(text).toMatch(/^Region glasgow\s+2\s+0\s+0\s+1$/m);
    expect(text).toContain('WARNING same phone number in 2 records: 0800 027 1234: a, b');
    expect(text).toContain('  b (2025-10, 13 months)');
  });

  it('writes Markdown tables and a phoneless list per region', () => {
    const md = formatMarkdown(check, names);
    expect(md).toContain('| Region | services | no phone | never checked | checked > 12 months ago |');
    expect(md).toContain('| Region dundee | 1 | 1 | 0 | 0 |');
    expect(md).toContain('### Region national\n\n- d (d)');
    expect(md).toContain('## Never checked (1)');
  });

  it('pads columns to the widest cell', () => {
    expect(textTable(['x', 'n'], [['long name', '1'], ['y', '10']]).split('\n')).toEqual([
      'x           n',
      '---------  --',
      'long name   1',
      'y          10',
    ]);
  });
});

describe('npm run check:content', () => {
  const run = promisify(execFile);
  const dir = mkdtempSync(join(tmpdir(), 'pathway-check-'));
  const out = join(dir, 'report.md');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the table and writes the Markdown report for the real content', async () => {
    const { stdout } = await run('node_modules/.bin/tsx', ['scripts/check-content.ts', '--out', out]);
    expect(stdout).toMatch(/^Edinburgh and Borders\s+\d+/m);
    expect(readFileSync(out, 'utf8')).toContain('## By region');
  });

  it('names the broken file instead of reporting on bad content', async () => {
    const error = await run('node_modules/.bin/tsx', ['scripts/check-content.ts', '--services', 'tests/fixtures/broken-services', '--out', out]).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).toBe(1);
    expect(error?.stderr).toContain('Cannot check the content: tests/fixtures/broken-services/broken-phone.yaml');
  });
});
