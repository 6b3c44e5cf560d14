// Runs the hub's command (scripts/hub.ts) as the coordinator would, on an inbox of the
// test's own, with key files of its own.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateRequest, type CallbackRequest } from '../../../src/lib/callback/request';
import { sealRequest, type PublicKeySettings } from '../../../src/lib/callback/seal';
import type { Envelope } from '../../../src/lib/callback/envelope';
import { makeKey, SAMPLE } from './callback-handler';

export interface HubRun {
  status: number;
  stdout: string;
  stderr: string;
}

export function hub(dataDir: string, ...args: string[]): HubRun {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/hub.ts', ...args], {
    env: { ...process.env, PATHWAY_HUB_DIR: dataDir },
    encoding: 'utf8',
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A key pair with its private half written as `keygen` does, at `<dir>/<name>.jwk`. */
export async function keyFile(dir: string, name: string): Promise<{ key: PublicKeySettings; path: string }> {
  const { key, privateKey } = await makeKey();
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.jwk`);
  writeFileSync(path, JSON.stringify({ ...privateKey, kid: key.kid }));
  return { key, path };
}

/** SAMPLE with `message`, sealed to `key`; `raw` skips today's checks, as an old server's would. */
export async function sealMessage(key: PublicKeySettings, message: string, raw = false): Promise<Envelope> {
  if (raw) return sealRequest(key, { ...(validateRequest(SAMPLE) as { request: CallbackRequest }).request, message });
  const checked = validateRequest({ ...SAMPLE, message });
  if (!checked.ok) throw new Error(`invalid message ${JSON.stringify(message)}`);
  return sealRequest(key, checked.request);
}
