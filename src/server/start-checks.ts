// What serve.ts checks before it loads the build (issue 17): settings it can read, a key
// fit for where it runs (dev-key-check.ts), and an inbox folder only its owner can open.
// Runs under Node's type stripping.
import { callbackSettings } from './callback-settings.ts';
import { isOpenToOthers } from './callback-store.ts';
import { checkBuiltKey, readBuiltKeyInfo } from './dev-key-check.ts';
import { log as defaultLog, type Logger } from './log.ts';

/**
 * Prints a line for each problem; false when the server must not start (a setting it
 * cannot read, or the development key in production), true to go on.
 */
export function startChecks(env: Record<string, string | undefined>, serverDir: string, log: Logger = defaultLog): boolean {
  let settings;
  try {
    settings = callbackSettings(env);
  } catch (error) {
    log('cannot-start', error instanceof Error ? error.message : 'a setting cannot be read');
    return false;
  }
  const key = checkBuiltKey(readBuiltKeyInfo(serverDir), env);
  if (key.action === 'refuse') {
    log('cannot-start', key.reason);
    return false;
  }
  if (key.action === 'warn') log('dev-key');
  if (isOpenToOthers(settings.dataDir)) log('data-dir-open', settings.dataDir);
  return true;
}
