// Bytes a page costs on first load, read from the built site: its HTML (CSS and the
// quick-exit script are inlined) and the JavaScript it loads before any interaction.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CLIENT_DIR = 'dist/client';

export function gzipBytes(data: string | Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

/** Site paths of the JavaScript a page starts loading without any interaction. */
export function eagerScripts(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/g)) found.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) found.add(m[1]!);
  // Islands hydrated on load (client:load / client:idle / client:visible) fetch their
  // component and renderer at once; client:only and on-demand imports do not count.
  for (const m of html.matchAll(/<astro-island[^>]*>/g)) {
    const tag = m[0];
    if (/client="(load|idle|visible)"/.test(tag)) {
      for (const attr of tag.matchAll(/(?:component|renderer)-url="([^"]+)"/g)) found.add(attr[1]!);
    }
  }
  return [...found];
}

/** A script plus everything it imports statically, as site paths. */
export function withStaticImports(path: string, root = CLIENT_DIR, seen = new Set<string>()): Set<string> {
  if (seen.has(path)) return seen;
  const file = join(root, path);
  if (!existsSync(file)) return seen;
  seen.add(path);
  const code = readFileSync(file, 'utf8');
  // Static imports only: `import x from "./a.js"`, `import "./a.js"`, `export … from`.
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    const spec = m[1]!;
    const next = spec.startsWith('/') ? spec : posix.join(dirname(path), spec);
    withStaticImports(next, root, seen);
  }
  return seen;
}

export interface PageWeight {
  page: string;
  htmlGzip: number;
  jsGzip: number;
  scripts: string[];
}

export function pageWeight(page: string, root = CLIENT_DIR): PageWeight {
  const file = join(root, page.endsWith('/') ? `${page}index.html` : page);
  const html = readFileSync(file, 'utf8');
  const scripts = new Set<string>();
  for (const s of eagerScripts(html)) withStaticImports(s, root, scripts);
  const jsGzip = [...scripts].reduce((n, s) => n + gzipBytes(readFileSync(join(root, s))), 0);
  return { page, htmlGzip: gzipBytes(html), jsGzip, scripts: [...scripts].sort() };
}
