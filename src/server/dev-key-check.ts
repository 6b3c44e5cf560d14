// Whether the built server may start with the key its build carries (issue 17 B). The
// development key pair sits on the developer's disk, so a live site built with it can be
// read by anyone who has that folder: in production (PATHWAY_ENV or NODE_ENV set to
// "production") the server refuses to start with it; in development it warns. The build
// writes the key id and the development mark next to the server entry (KEY_INFO_FILE, by
// src/integrations/callback-key.ts). Runs under Node's type stripping.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Written next to the server entry by the build: { kid, development }. */
export const KEY_INFO_FILE = 'callback-key.json';

export interface BuiltKeyInfo {
  kid: string;
  development: boolean;
}

export type KeyCheck = { action: 'start' } | { action: 'warn' } | { action: 'refuse'; reason: string };

/** Production is PATHWAY_ENV=production or NODE_ENV=production. */
export function isProduction(env: Record<string, string | undefined>): boolean {
  return env['PATHWAY_ENV'] === 'production' || env['NODE_ENV'] === 'production';
}

/** What the build wrote in `serverDir`, or null when the file is missing or not { kid, development }. */
export function readBuiltKeyInfo(serverDir: string): BuiltKeyInfo | null {
  try {
    const value = JSON.parse(readFileSync(join(serverDir, KEY_INFO_FILE), 'utf8')) as Partial<BuiltKeyInfo>;
    if (typeof value.kid !== 'string' || typeof value.development !== 'boolean') return null;
    return { kid: value.kid, development: value.development };
  } catch {
    return null;
  }
}

/** Start, warn (development key, not production) or refuse (production), with what to do. */
export function checkBuiltKey(info: BuiltKeyInfo | null, env: Record<string, string | undefined>): KeyCheck {
  if (!isProduction(env)) return info?.development ? { action: 'warn' } : { action: 'start' };
  if (!info) {
    return {
      action: 'refuse',
      reason: `the build does not say which callback key it carries (no server/${KEY_INFO_FILE}): ` +
        'rebuild it with PATHWAY_CALLBACK_KEY set to the hub\'s callback.public.json.',
    };
  }
  if (info.development) {
    return {
      action: 'refuse',
      reason: `this build carries the development callback key (${info.kid}), which opens every request to anyone ` +
        'with the development key pair. Set PATHWAY_CALLBACK_KEY=<the callback.public.json `npm run hub -- keygen` ' +
        'wrote> and rebuild; or, for a development server, unset PATHWAY_ENV and NODE_ENV.',
    };
  }
  return { action: 'start' };
}
