// Where each UI string appears, for translators (issue 22): the source files that use its
// key (or, for keys made at run time such as `need.${id}`, the files that build them),
// and the page address of those that are pages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(astro|tsx?|mjs)$/.test(name) ? [path] : [];
  });
}

/** "src/pages/[...lang]/find/index.astro" → "/find/" (every language: /<lang>/find/). */
export function pageUrl(file: string): string | null {
  const m = /^src\/pages\/\[\.\.\.lang\]\/(.*?)(?:index)?\.(astro|ts)$/.exec(file);
  if (!m) return null;
  return `/${m[1]!.replace(/\[[^\]]+\]/g, '…')}${m[1] && !m[1].endsWith('/') ? '/' : ''}`;
}

/** For each key: where it is used, as "file" or "file (page /url/)"; "" when no use was found. */
export function stringUses(keys: readonly string[], root = 'src'): Map<string, string[]> {
  const sources = files(root).map((f) => ({ file: relative('.', f), text: readFileSync(f, 'utf8') }));
  const uses = new Map<string, string[]>();
  for (const key of keys) {
    const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
    const literal = new RegExp(`['"\`]${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`);
    // A key built at run time: its prefix before the last dot, followed by ${.
    const prefix = base.slice(0, base.lastIndexOf('.') + 1);
    const built = prefix ? `\`${prefix}\${` : null;
    const found = sources.filter((s) => literal.test(s.text) || (built !== null && s.text.includes(built)));
    uses.set(key, found.map((s) => {
      const url = pageUrl(s.file);
      return url ? `${s.file} (page ${url})` : s.file;
    }));
  }
  return uses;
}
