// `npm run hub -- keygen` (and the pull token it makes): the key pair whose public half the
// site is built with, and the token whose hash the site is started with (issue 20).
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPair, keyId } from '../../src/lib/callback/seal.ts';
import { DEV_KEY_DIR, OLD_DEV_KEY_DIR, PRIVATE_FILE, PUBLIC_FILE } from '../../src/server/key-settings.ts';
import { hubTokenHash, newHubToken } from '../../src/server/hub-token.ts';
import { UsageError } from './usage-error.ts';

/** The pull token's file, beside the key pair. */
export const TOKEN_FILE = 'hub-token.txt';

/** The token in `path`, refusing a file others may read (it opens the site's inbox). */
export function readToken(path: string | undefined): string {
  if (!path) throw new UsageError('pull needs --token-file <file> (made by `keygen`).');
  let text: string;
  try {
    if ((statSync(path).mode & 0o077) !== 0) throw new UsageError(`${path} may be read by others: chmod 600 it first.`);
    text = readFileSync(path, 'utf8').trim();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Cannot read the token file ${path}.`);
  }
  if (!/^[A-Za-z0-9_-]{32,512}$/.test(text)) throw new UsageError(`${path} does not hold a hub token.`);
  return text;
}

/** The pull token in `dir`, made when missing: the coordinator keeps it; the site only its hash. */
function ensureToken(dir: string): { token: string; tokenPath: string } {
  const tokenPath = join(dir, TOKEN_FILE);
  if (existsSync(tokenPath)) return { token: readFileSync(tokenPath, 'utf8').trim(), tokenPath };
  const token = newHubToken();
  writeFileSync(tokenPath, `${token}\n`, { mode: 0o600 });
  chmodSync(tokenPath, 0o600);
  return { token, tokenPath };
}

/** Makes the key pair in `out` (or the development pair with `dev`), and the pull token. */
export async function keygen(out: string | undefined, dev: boolean): Promise<void> {
  if (dev && process.env.PATHWAY_CALLBACK_KEY) return; // the build uses a real key
  const dir = out ?? (dev ? DEV_KEY_DIR : '.');
  const privatePath = join(dir, PRIVATE_FILE);
  const publicPath = join(dir, PUBLIC_FILE);
  if (existsSync(privatePath)) {
    if (dev) {
      ensureToken(dir);
      return;
    }
    throw new UsageError(`${privatePath} already exists: move it away first, or choose --out <dir>.`);
  }
  const pair = await generateKeyPair();
  const kid = await keyId(pair.publicKey);
  const settings = dev ? { kid, publicKey: pair.publicKey, development: true } : { kid, publicKey: pair.publicKey };
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(privatePath, `${JSON.stringify({ ...pair.privateKey, kid }, null, 2)}\n`, { mode: 0o600 });
  chmodSync(privatePath, 0o600);
  writeFileSync(publicPath, `${JSON.stringify(settings, null, 2)}\n`);
  const { token, tokenPath } = ensureToken(dir);
  if (dev) {
    console.log(`Development callback key ${kid} written to ${dir}/.`);
    if (existsSync(join(OLD_DEV_KEY_DIR, PRIVATE_FILE))) {
      console.log(`An older development key pair is still in ${OLD_DEV_KEY_DIR}/, next to the inbox: delete that folder.`);
    }
    return;
  }
  console.log(`Private key: ${privatePath} (keep it on this machine only)`);
  console.log(`Public key settings: ${publicPath}; build the site with PATHWAY_CALLBACK_KEY=${publicPath}`);
  console.log(`Pull token: ${tokenPath} (keep it on this machine only); start the site with`);
  console.log(`  PATHWAY_HUB_TOKEN_SHA256=${hubTokenHash(token)}`);
  console.log(JSON.stringify(settings, null, 2));
}
