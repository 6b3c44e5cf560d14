import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBuiltKey, isProduction, KEY_INFO_FILE, readBuiltKeyInfo } from '../../src/server/dev-key-check';

describe('isProduction', () => {
  it('is PATHWAY_ENV=production, or NODE_ENV=production', () => {
    expect(isProduction({ PATHWAY_ENV: 'production' })).toBe(true);
    expect(isProduction({ NODE_ENV: 'production' })).toBe(true);
    expect(isProduction({ PATHWAY_ENV: 'development', NODE_ENV: 'production' })).toBe(true);
    expect(isProduction({})).toBe(false);
    expect(isProduction({ NODE_ENV: 'test', PATHWAY_ENV: 'staging' })).toBe(false);
  });
});

describe('checkBuiltKey', () => {
  const production = { PATHWAY_ENV: 'production' };
  it('refuses to start in production with the development key, saying what to do', () => {
    const check = checkBuiltKey({ kid: 'devKey0000000001', development: true }, production);
    expect(check.action).toBe('refuse');
    expect(check.action === 'refuse' && check.reason).toMatch(/development callback key \(devKey0000000001\).*PATHWAY_CALLBACK_KEY=.*callback\.public\.json.*rebuild/);
  });

  it('refuses to start in production when the build does not say which key it carries', () => {
    const check = checkBuiltKey(null, production);
    expect(check.action === 'refuse' && check.reason).toMatch(/callback-key\.json.*rebuild/);
  });

  it('starts in production with the hub\'s key', () => {
    expect(checkBuiltKey({ kid: 'hubKey0000000001', development: false }, production)).toEqual({ action: 'start' });
  });

  it('warns in development with the development key, and starts quietly otherwise', () => {
    expect(checkBuiltKey({ kid: 'devKey0000000001', development: true }, {})).toEqual({ action: 'warn' });
    expect(checkBuiltKey({ kid: 'hubKey0000000001', development: false }, {})).toEqual({ action: 'start' });
    expect(checkBuiltKey(null, {})).toEqual({ action: 'start' });
  });
});

describe('readBuiltKeyInfo', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'key-info-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads what the build wrote, and null for a missing or broken file', () => {
    expect(readBuiltKeyInfo(dir)).toBeNull();
    writeFileSync(join(dir, KEY_INFO_FILE), '{"kid":"devKey0000000001","development":true}');
    expect(readBuiltKeyInfo(dir)).toEqual({ kid: 'devKey0000000001', development: true });
    writeFileSync(join(dir, KEY_INFO_FILE), '{"kid":1}');
    expect(readBuiltKeyInfo(dir)).toBeNull();
    writeFileSync(join(dir, KEY_INFO_FILE), 'not json');
    expect(readBuiltKeyInfo(dir)).toBeNull();
    expect(readFileSync(join(dir, KEY_INFO_FILE), 'utf8')).toBe('not json');
  });
});
