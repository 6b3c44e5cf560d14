// `npm run serve`: Pathway's production server. It runs Astro's built node handler
// (static pages, assets and on-demand routes) inside a plain http server that adds the
// security headers to every response (security-headers.ts), and sends the build's
// precompressed copies of pages and assets (compressed-static.ts); any error a browser
// meets is Pathway's error page in her language (error-pages.ts). HOST and PORT as for
// @astrojs/node's standalone server; defaults localhost:4321. With PATHWAY_ENV=production
// (or NODE_ENV=production) it refuses a build made with the development key.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { withSecurityHeaders, type NodeHandler, type PagePolicies } from './security-headers.ts';
import { SECURITY_HEADERS } from '../lib/safety/headers.ts';
import { withCompressedStatic } from './compressed-static.ts';
import { loadRedirects, withLegacyRedirects } from './legacy-redirects.ts';
import { withCanonicalPaths } from './canonical-path.ts';
import { loadErrorPages, withErrorPages, withoutBrokenQuery, errorPageFor } from './error-pages.ts';
import { toCallbackEndpoint } from '../lib/callback/endpoint.ts';
import { toSearchPage } from './search-route.ts';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../i18n/locales.ts';
import { log, quietConsole } from './log.ts';
import { startChecks } from './start-checks.ts';
import { checkDatabase } from './postgres-store.ts';

// Before the built entry loads: Astro logs a failed render with its path, a stack trace
// and the time to the second; the server prints fixed lines only (log.ts).
quietConsole();

// PATHWAY_DIST_DIR serves another build (the tests' synthetic directories); default dist/.
const distDir = process.env['PATHWAY_DIST_DIR'] ? pathToFileURL(`${resolve(process.env['PATHWAY_DIST_DIR'])}/`) : new URL('../../dist/', import.meta.url);
const serverDir = new URL('server/', distDir);
// Settings, the key the build carries (never the development key in production), the
// data folder's mode: a problem stops the server here, naming what to do.
if (!startChecks(process.env, fileURLToPath(serverDir))) process.exit(1);
// PostgreSQL (issue 21): reachable, and its tables migrated, before the first request.
const databaseUrl = process.env['PATHWAY_DATABASE_URL']?.trim();
if (databaseUrl) {
  const problem = await checkDatabase(databaseUrl);
  if (problem) {
    log('cannot-start', problem);
    process.exit(1);
  }
}
// The built entry starts its own server on import unless told not to.
process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
const { handler } = (await import(new URL('entry.mjs', serverDir).href)) as { handler: NodeHandler };
const policies = JSON.parse(readFileSync(new URL('security-policies.json', serverDir), 'utf8')) as PagePolicies;

const host = process.env['HOST'] ?? 'localhost';
const port = Number(process.env['PORT'] ?? 4321);
const client = fileURLToPath(new URL('../client/', serverDir));
const errorPages = loadErrorPages(client, LOCALE_CODES, DEFAULT_LOCALE, policies);
const redirects = loadRedirects(client);
const files = withLegacyRedirects(redirects, withCompressedStatic(client, handler));
const site = withSecurityHeaders(withErrorPages(withCanonicalPaths(files), errorPages), policies);
const server = createServer((req, res) => {
  req.url = toSearchPage(req.method, toCallbackEndpoint(withoutBrokenQuery(req.url ?? '/')), LOCALE_CODES);
  site(req, res);
});
// A request Node cannot parse never reaches the handler: answer it with the error page too.
server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const page = errorPageFor(errorPages, '/');
  const head = ['HTTP/1.1 400 Bad Request', 'Content-Type: text/html; charset=utf-8', `Content-Length: ${page.body.length}`,
    `Content-Security-Policy: ${page.csp}`, 'Cache-Control: no-store', 'Connection: close'];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) head.push(`${name}: ${value}`);
  socket.end(`${head.join('\r\n')}\r\n\r\n${page.body.toString('utf8')}`);
});
server.listen(port, host, () => {
  log('listening', `http://${host.includes(':') ? `[${host}]` : host}:${port}/`);
  // Once started: a crash prints its kind only, as its message or stack can hold request data.
  process.on('uncaughtException', (error) => {
    log('crashed', error instanceof Error ? error.name : 'error');
    process.exit(1);
  });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
