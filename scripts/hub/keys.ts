// The private keys `hub read` opens requests with: one file, several (--key a --key b), or
// a folder of them, so requests sealed to a retired key (issue 17 A) still open after the
// site has moved to a new one.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { keyId } from '../../src/lib/callback/seal.ts';
import { UsageError } from './usage-error.ts';

export interface PrivateKeyFile {
  path: string;
  kid: string;
  key: JsonWebKey;
}

/** The key files a path names: itself, or the *.jwk files in a folder (sorted). */
function keyFiles(path: string): string[] {
  if (!existsSync(path)) throw new UsageError(`No key file or folder at ${path}.`);
  if (!statSync(path).isDirectory()) return [path];
  const files = readdirSync(path).filter((name) => name.endsWith('.jwk')).sort().map((name) => join(path, name));
  if (files.length === 0) throw new UsageError(`${path} holds no .jwk key files.`);
  return files;
}

function readKey(path: string): JsonWebKey {
  try {
    const key = JSON.parse(readFileSync(path, 'utf8')) as JsonWebKey;
    if (key.kty !== 'EC' || key.crv !== 'P-256' || typeof key.d !== 'string') throw new Error();
    return key;
  } catch {
    throw new UsageError(`${path} is not a P-256 private key (JWK) from \`npm run hub -- keygen\`.`);
  }
}

/** Every private key at `paths` (files or folders), by key id; the first file wins a repeated id. */
export async function readPrivateKeys(paths: readonly string[]): Promise<Map<string, PrivateKeyFile>> {
  if (paths.length === 0) throw new UsageError('read needs --key <private.jwk> (repeat --key, or give a folder, for older keys).');
  const keys = new Map<string, PrivateKeyFile>();
  for (const path of paths.flatMap(keyFiles)) {
    const key = readKey(path);
    const kid = await keyId(key);
    if (!keys.has(kid)) keys.set(kid, { path, kid, key });
  }
  return keys;
}

/** Why a request sealed to `kid` cannot be opened with `keys` (none of them is that key). */
export function missingKeyMessage(id: string, kid: string, keys: ReadonlyMap<string, PrivateKeyFile>): string {
  const given = [...keys.values()];
  if (given.length === 1) return `Request ${id} was sealed to key ${kid}, but ${given[0]!.path} is key ${given[0]!.kid}.`;
  return `Request ${id} was sealed to key ${kid}, which is none of the ${given.length} keys given (${given.map((k) => k.kid).join(', ')}).`;
}
