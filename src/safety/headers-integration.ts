// After the build, collect each page's Content-Security-Policy (the <meta> Astro wrote
// with the page's own script and style hashes) so the server can send it as a header,
// and complete dist/client/_headers for static hosts with one policy for all pages.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerCsp, unionCsp } from '../lib/safety/headers';

/** Written next to the server entry; read by src/server/security-headers.ts. */
export const POLICIES_FILE = 'security-policies.json';

export interface PagePolicies {
  /** Header policy by page path ("/", "/safety/", "/404.html"). */
  pages: Record<string, string>;
  /** For any other response: allows what any page allows. */
  fallback: string;
}

const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]+)"/i;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

export function collectPolicies(clientDir: string): PagePolicies {
  const pages: Record<string, string> = {};
  for (const file of htmlFiles(clientDir)) {
    const rel = relative(clientDir, file).split(sep).join('/');
    const path = rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '')}`;
    const meta = META_CSP.exec(readFileSync(file, 'utf8'));
    if (!meta) throw new Error(`${rel} has no Content-Security-Policy <meta>: is security.csp on in astro.config.mjs?`);
    pages[path] = headerCsp(meta[1]!.replaceAll('&#39;', "'"));
  }
  return { pages, fallback: unionCsp(Object.values(pages)) };
}

export default function securityHeaders(): AstroIntegration {
  let clientDir = '';
  let serverDir = '';
  return {
    name: 'pathway:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        clientDir = fileURLToPath(config.build.client);
        serverDir = fileURLToPath(config.build.server);
      },
      'astro:build:done': ({ logger }) => {
        const policies = collectPolicies(clientDir);
        writeFileSync(join(serverDir, POLICIES_FILE), JSON.stringify(policies));
        const headersFile = join(clientDir, '_headers');
        const template = readFileSync(headersFile, 'utf8');
        if (!/^\s*Content-Security-Policy:.*$/m.test(template)) throw new Error('public/_headers has no Content-Security-Policy line to complete');
        writeFileSync(headersFile, template.replace(/^(\s*Content-Security-Policy:).*$/m, `$1 ${policies.fallback}`));
        logger.info(`security headers for ${Object.keys(policies.pages).length} pages`);
      },
    },
  };
}
