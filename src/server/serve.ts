// `npm run serve`: Pathway's production server. It runs Astro's built node handler
// (static pages, assets and on-demand routes) inside a plain http server that adds the
// security headers to every response (security-headers.ts), and sends the build's
// precompressed copies of pages and assets (compressed-static.ts). HOST and PORT as for
// @astrojs/node's standalone server; defaults localhost:4321.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withSecurityHeaders, type NodeHandler, type PagePolicies } from './security-headers.ts';
import { withCompressedStatic } from './compressed-static.ts';
import { toCallbackEndpoint } from '../lib/callback/endpoint.ts';

const serverDir = new URL('../../dist/server/', import.meta.url);
// The built entry starts its own server on import unless told not to.
process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
const { handler } = (await import(new URL('entry.mjs', serverDir).href)) as { handler: NodeHandler };
const policies = JSON.parse(readFileSync(new URL('security-policies.json', serverDir), 'utf8')) as PagePolicies;

const host = process.env['HOST'] ?? 'localhost';
const port = Number(process.env['PORT'] ?? 4321);
const client = fileURLToPath(new URL('../client/', serverDir));
const site = withSecurityHeaders(withCompressedStatic(client, handler), policies);
const server = createServer((req, res) => {
  req.url = toCallbackEndpoint(req.url ?? '/');
  site(req, res);
});
server.listen(port, host, () => console.log(`Pathway: http://${host}:${port}/`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
