// A throwaway built-client folder for the static-file tests: a large script with a
// Brotli copy (served as it is) and one without (compressed as it is sent). The bytes
// are random base64, so neither compresses to almost nothing and a download takes many
// chunks, long enough to be cut off mid-stream.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface StaticSite {
  client: string;
  /** Size in bytes of big.js.br, which the server sends as it is. */
  copySize: number;
}

/** Writes `<tmp>/client/_astro/big.js` (+ .br) and `<tmp>/client/plain.js`, each `megabytes` MB. */
export function makeStaticSite(megabytes = 6): StaticSite {
  const client = join(mkdtempSync(join(tmpdir(), 'pathway-static-')), 'client');
  mkdirSync(join(client, '_astro'), { recursive: true });
  const text = () => `/* ${randomBytes(megabytes * 786_432).toString('base64')} */\n`;
  writeFileSync(join(client, '_astro/big.js'), text());
  const copy = randomBytes(megabytes * 1_048_576);
  writeFileSync(join(client, '_astro/big.js.br'), copy);
  writeFileSync(join(client, 'plain.js'), text());
  return { client, copySize: copy.length };
}
