// Where the hub's public key comes from when the site is built. Production sets
// PATHWAY_CALLBACK_KEY to the public settings file `npm run hub -- keygen` wrote;
// otherwise the development key that `npm run key:dev` (run before every build) makes,
// in .dev-keys/ at the top of the project: never in the data folder, where anyone who
// can read the inbox would find the private key that opens it (issue 17 B).
import { existsSync, readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import type { PublicKeySettings } from '../lib/callback/seal';
import type { RetiredKey } from './accepted-keys';

export const DEV_KEY_DIR = '.dev-keys';
/** Where versions before issue 17 kept the development pair, next to the inbox. */
export const OLD_DEV_KEY_DIR = '.data/keys';
export const PUBLIC_FILE = 'callback.public.json';
export const PRIVATE_FILE = 'callback.private.jwk';

const kidSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/));
// A real day: "2026-02-30" parses, but not back to itself.
const isDay = (day: string) => {
  const time = Date.parse(`${day}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(day);
};
const daySchema = z.string().check(z.refine(isDay));

const settingsSchema = z.object({
  kid: kidSchema,
  publicKey: z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: z.string(), y: z.string() }),
  /** Older keys still taken, each until the end of its day (accepted-keys.ts). */
  retired: z.optional(z.array(z.object({ kid: kidSchema, acceptUntil: daySchema }))),
  /** Written by `keygen --dev`: serve.ts refuses to start in production with such a key. */
  development: z.optional(z.boolean()),
});

/** The whole settings file: the public key, retired key ids, and whether it is the development key. */
export interface KeySettings extends PublicKeySettings {
  retired: RetiredKey[];
  development: boolean;
}

export function publicKeyPath(env: Record<string, string | undefined> = process.env): string {
  return env.PATHWAY_CALLBACK_KEY || `${DEV_KEY_DIR}/${PUBLIC_FILE}`;
}

/** The key settings file, or an error that says how to make or mend it. */
export function readKeySettings(path = publicKeyPath()): KeySettings {
  if (!existsSync(path)) {
    throw new Error(
      `No callback public key at ${path}. Run \`npm run key:dev\` for a development key, ` +
        'or set PATHWAY_CALLBACK_KEY to the file `npm run hub -- keygen` wrote.',
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    value = undefined;
  }
  const parsed = settingsSchema.safeParse(value);
  if (!parsed.success) {
    throw new Error(
      `${path} is not callback key settings ({ kid, publicKey: P-256 JWK }, optionally ` +
        'retired: [{ kid, acceptUntil: "YYYY-MM-DD" }] and development: true).',
    );
  }
  const { kid, publicKey, retired = [], development = false } = parsed.data;
  return { kid, publicKey, retired, development };
}

/** The part of the settings that seals: what the pages hand the browser. */
export function readPublicKeySettings(path = publicKeyPath()): PublicKeySettings {
  const { kid, publicKey } = readKeySettings(path);
  return { kid, publicKey };
}
