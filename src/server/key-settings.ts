// Where the hub's public key comes from when the site is built. Production sets
// PATHWAY_CALLBACK_KEY to the public settings file `npm run hub -- keygen` wrote;
// otherwise the development key that `npm run key:dev` (run before every build) makes.
import { existsSync, readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import type { PublicKeySettings } from '../lib/callback/seal';

export const DEV_KEY_DIR = '.data/keys';
export const PUBLIC_FILE = 'callback.public.json';
export const PRIVATE_FILE = 'callback.private.jwk';

const settingsSchema = z.object({
  kid: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/)),
  publicKey: z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: z.string(), y: z.string() }),
});

export function publicKeyPath(env: Record<string, string | undefined> = process.env): string {
  return env.PATHWAY_CALLBACK_KEY || `${DEV_KEY_DIR}/${PUBLIC_FILE}`;
}

/** The public key settings, or an error that says how to make them. */
export function readPublicKeySettings(path = publicKeyPath()): PublicKeySettings {
  if (!existsSync(path)) {
    throw new Error(
      `No callback public key at ${path}. Run \`npm run key:dev\` for a development key, ` +
        'or set PATHWAY_CALLBACK_KEY to the file `npm run hub -- keygen` wrote.',
    );
  }
  const parsed = settingsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not callback key settings ({ kid, publicKey: P-256 JWK }).`);
  return { kid: parsed.data.kid, publicKey: parsed.data.publicKey };
}
