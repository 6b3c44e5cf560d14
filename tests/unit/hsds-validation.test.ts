// Every record Pathway exports, checked against the official HSDS 3.0 schemas as Open
// Referral's CI checks them (Ajv 2020-12, formats, no unknown properties).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toHsdsService } from '../../src/lib/hsds/to-hsds';
import { paginate } from '../../src/lib/hsds/page';
import { createHsdsValidator } from '../../src/lib/hsds/validator';
import { HSDS_SCHEMA_DIR, loadHsdsSchemas } from '../../scripts/lib/hsds-schemas';
import { readServices, readVocabulary } from '../../scripts/lib/content';

const validator = createHsdsValidator(loadHsdsSchemas());
const services = readServices();
const vocab = readVocabulary();

describe('the HSDS export', () => {
  it('exports every service in content/services, none dropped', () => {
    const files = readdirSync('content/services').filter((f) => f.endsWith('.yaml'));
    expect(services.length).toBe(files.length);
    expect(paginate(services.map((s) => toHsdsService(s, vocab))).total_items).toBe(files.length);
  });

  it('publishes them in HSDS’s Page shape', () => {
    const page = paginate(services.map((s) => toHsdsService(s, vocab)));
    expect(validator.pageProblems(page)).toEqual([]);
    expect(validator.pageProblems({ ...page, total_items: '62' })).toEqual(['/total_items must be integer']);
    const { empty: _empty, ...withoutEmpty } = page;
    expect(validator.pageProblems(withoutEmpty)).toEqual(["/ must have required property 'empty'"]);
  });

  it.each(services.map((s) => [s.id, s] as const))('%s validates against service.json', (_id, service) => {
    expect(validator.problems('service', toHsdsService(service, vocab))).toEqual([]);
  });

  it('gives every object a distinct UUID', () => {
    const ids: string[] = [];
    const walk = (value: unknown, key = ''): void => {
      if (Array.isArray(value)) value.forEach((v) => walk(v));
      else if (value && typeof value === 'object') {
        // Organizations and taxonomy terms are shared on purpose; everything else is one object.
        if (key !== 'organization' && key !== 'taxonomy_term' && key !== 'taxonomy_detail') {
          const id = (value as { id?: unknown }).id;
          if (typeof id === 'string') ids.push(id);
        }
        for (const [k, v] of Object.entries(value)) walk(v, k);
      }
    };
    walk(services.map((s) => toHsdsService(s, vocab)));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the validator', () => {
  const record = toHsdsService(services[0]!, vocab);

  it('passes upstream’s full example, as upstream CI does', () => {
    const example = JSON.parse(readFileSync(join(HSDS_SCHEMA_DIR, 'examples/service_full.json'), 'utf8'));
    expect(validator.problems('service', example)).toEqual([]);
  });

  it('fails a record that cannot be expressed: unknown field, bad id, relative URL, bad status', () => {
    const broken = { ...structuredClone(record), pathway_kind: 'specialist', id: 'breathing-space', url: 'www.example.org', status: 'open' };
    const problems = validator.problems('service', broken).join('\n');
    expect(problems).toContain('must NOT have additional properties (pathway_kind)');
    expect(problems).toContain('/id must match format "uuid"');
    expect(problems).toContain('/url must match format "uri"');
    expect(problems).toContain('/status must be equal to one of the allowed values');
  });

  it('fails a nested phone without a number', () => {
    const broken = structuredClone(record) as unknown as { phones: Array<Record<string, unknown>> };
    broken.phones = [{ id: record.id }];
    expect(validator.problems('service', broken)).toContain("/phones/0 must have required property 'number'");
  });
});

describe('the project’s copy of the HSDS schemas', () => {
  const shared = join(process.env.PATHWAY_SHARED_DIR ?? '../shared', 'data/hsds-3.0');
  // CI has ../shared beside the project (PATHWAY_SHARED_DIR elsewhere, e.g. in a git
  // worktree); without it there is nothing to compare with, so the test does not run.
  it.runIf(existsSync(shared))('is byte-identical to shared/data/hsds-3.0', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)).map((f) => join(e.name, f)) : [e.name],
      );
    const upstream = files(shared).sort();
    expect(upstream.length).toBeGreaterThanOrEqual(24);
    for (const f of upstream) {
      expect(readFileSync(join(HSDS_SCHEMA_DIR, f)).equals(readFileSync(join(shared, f))), f).toBe(true);
    }
  });

  it('keeps the licence and its credit beside the schemas', () => {
    expect(readFileSync(join(HSDS_SCHEMA_DIR, 'LICENSE'), 'utf8')).toContain('Attribution-ShareAlike 4.0');
    expect(readFileSync(join(HSDS_SCHEMA_DIR, 'README.md'), 'utf8')).toContain('Open Referral');
  });
});
