// Issue 17 B: the development key pair lives outside the data folder, is marked as
// development, the build says which key it carries, and the server will not start in
// production with the development key.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callbackKeyInfo } from '../../src/integrations/callback-key';
import { KEY_INFO_FILE } from '../../src/server/dev-key-check';
import { DEV_KEY_DIR, PUBLIC_FILE, readKeySettings } from '../../src/server/key-settings';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dev-key-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the development key pair', () => {
  it('lives in .dev-keys/ at the top of the project, not in the data folder', () => {
    expect(DEV_KEY_DIR).toBe('.dev-keys');
    expect(readFileSync('.gitignore', 'utf8')).toMatch(/^\.dev-keys\/$/m);
  });

  it('keygen --dev writes it there, 0700/0600, marked "development": true', () => {
    const project = join(dir, 'project');
    mkdirSync(project);
    const env = { ...process.env, PATHWAY_CALLBACK_KEY: '' };
    // From the project's own folder, where `npm run key:dev` runs; tsx by its full path from there.
    const tsx = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href;
    const run = spawnSync(process.execPath, ['--import', tsx, resolve('scripts/hub.ts'), 'keygen', '--dev'], { cwd: project, env, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const keys = join(project, '.dev-keys');
    expect(statSync(keys).mode & 0o777).toBe(0o700);
    expect(statSync(join(keys, 'callback.private.jwk')).mode & 0o777).toBe(0o600);
    expect(readKeySettings(join(keys, PUBLIC_FILE)).development).toBe(true);
    expect(existsSync(join(project, '.data'))).toBe(false);
  });
});

describe('callbackKeyInfo, the build step', () => {
  it('writes the key id and the development mark next to the server entry', async () => {
    const settings = join(dir, PUBLIC_FILE);
    writeFileSync(settings, JSON.stringify({ kid: 'devKey0000000001', publicKey: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' }, development: true }));
    const server = join(dir, 'dist/server/');
    mkdirSync(server, { recursive: true });
    const integration: AstroIntegration = callbackKeyInfo(() => settings);
    const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
    await hooks['astro:config:done']!({ config: { build: { server: pathToFileURL(server) } } });
    const logger = { info: () => {} } as unknown as AstroIntegrationLogger;
    await hooks['astro:build:done']!({ logger });
    expect(JSON.parse(readFileSync(join(server, KEY_INFO_FILE), 'utf8'))).toEqual({ kid: 'devKey0000000001', development: true });
  });
});

describe('serve.ts with a build that carries the development key', () => {
  /** A stand-in build: enough for serve.ts to reach its key check, which comes first. */
  function fakeBuild(development: boolean): string {
    const dist = join(dir, 'dist');
    mkdirSync(join(dist, 'server'), { recursive: true });
    writeFileSync(join(dist, 'server', KEY_INFO_FILE), JSON.stringify({ kid: 'devKey0000000001', development }));
    // The entry must not be reached when the server refuses: it would fail loudly here.
    writeFileSync(join(dist, 'server/entry.mjs'), 'throw new Error("entry reached");\n');
    return dist;
  }

  const serve = (dist: string, env: Record<string, string>) =>
    spawnSync(process.execPath, ['src/server/serve.ts'], {
      env: { ...process.env, PATHWAY_DIST_DIR: dist, PATHWAY_DATA_DIR: join(dir, 'data'), PORT: '0', ...env },
      encoding: 'utf8',
      timeout: 20_000,
    });

  it('refuses to start in production (status 1), saying what to do', () => {
    for (const env of [{ PATHWAY_ENV: 'production' }, { NODE_ENV: 'production' }]) {
      const run = serve(fakeBuild(true), env);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^Pathway: cannot start: this build carries the development callback key .*PATHWAY_CALLBACK_KEY=/);
      expect(run.stderr).not.toContain('entry reached');
    }
  });

  it('warns loudly in development, then goes on starting', () => {
    const run = serve(fakeBuild(true), { PATHWAY_ENV: '', NODE_ENV: '' });
    expect(run.stderr).toContain('WARNING: this build carries the DEVELOPMENT callback key');
    // It went on to load the (stand-in) entry.
    expect(run.stderr).toContain('entry reached');
  });
});
