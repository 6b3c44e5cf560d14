import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { confirmRecord } from '../../src/lib/content-confirm';

const record = readFileSync('content/services/nhs-24.yaml', 'utf8');

describe('confirmRecord (issue 20)', () => {
  it('changes status, checked and confirmed only, keeping comments and key order', () => {
    const withComment = record.replace('kind: mainstream\n', 'kind: mainstream # asked the hub\n');
    const out = confirmRecord(withComment, { method: 'phone', date: '2026-11-30' });
    expect(out).toContain('kind: mainstream # asked the hub\n');
    expect(out).toContain('status: active\n');
    expect(out).toMatch(/checked: 2026-11-30\nconfirmed:\n {2}method: phone\n {2}date: 2026-11-30\n/);
    const keys = (text: string) => text.split('\n').filter((l) => /^[a-zA-Z]+:/.test(l)).map((l) => l.split(':')[0]);
    expect(keys(out).filter((k) => k !== 'confirmed')).toEqual(keys(withComment));
    // Everything else is line for line the same.
    const changed = (line: string) => /^(status|checked|confirmed|  method|  date):/.test(line);
    expect(out.split('\n').filter((l) => !changed(l))).toEqual(withComment.split('\n').filter((l) => !changed(l)));
  });

  it('confirms again in place', () => {
    const once = confirmRecord(record, { method: 'phone', date: '2026-11-30' });
    const twice = confirmRecord(once, { method: 'in-person', date: '2026-12-02' });
    expect(twice.match(/confirmed:/g)).toHaveLength(1);
    expect(twice).toContain('method: in-person');
  });

  it('refuses what is not a record, or a date that is not one', () => {
    expect(() => confirmRecord('- a\n- b\n', { method: 'phone', date: '2026-11-30' })).toThrow(/mapping/);
    expect(() => confirmRecord('a: [', { method: 'phone', date: '2026-11-30' })).toThrow(/YAML/);
    expect(() => confirmRecord(record, { method: 'phone', date: '30/11/2026' })).toThrow(/checked/);
  });
});
