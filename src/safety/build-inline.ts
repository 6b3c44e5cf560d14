// Bundles the quick-exit head script (quick-exit.inline.ts and the pure logic it
// imports) into one small classic script at build time, and hashes it for the
// Content-Security-Policy. astro.config.mjs runs this once and hands the code to
// the layout through a virtual module, so the tested TypeScript is the one source.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

export interface InlineScript {
  /** The script's text, exactly as it goes between <script> and </script>. */
  readonly code: string;
  /** Its CSP source expression without quotes, e.g. "sha256-…". */
  readonly hash: string;
}

export const QUICK_EXIT_ENTRY = fileURLToPath(new URL('./quick-exit.inline.ts', import.meta.url));
export const VIRTUAL_ID = 'virtual:pathway/quick-exit';

export function cspHash(code: string): string {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

export async function buildQuickExitScript(entry = QUICK_EXIT_ENTRY): Promise<InlineScript> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
  });
  const code = result.outputFiles[0]!.text.trim();
  if (code.includes('</script')) throw new Error('quick-exit script must not contain "</script"');
  return { code, hash: cspHash(code) };
}

/** A Vite plugin serving the built script as `virtual:pathway/quick-exit`. */
export function quickExitModule(script: InlineScript): Plugin {
  const resolved = `\0${VIRTUAL_ID}`;
  return {
    name: 'pathway:quick-exit-inline',
    resolveId: (id) => (id === VIRTUAL_ID ? resolved : undefined),
    load: (id) => (id === resolved ? `export const code = ${JSON.stringify(script.code)};\nexport const hash = ${JSON.stringify(script.hash)};\n` : undefined),
  };
}
