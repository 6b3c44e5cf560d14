// Serves a folder with withCompressedStatic alone, for a test to run in a child process
// (under a low descriptor limit). Prints the port on the first line of stdout.
// Usage: node tests/unit/support/static-server.ts <client folder>
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { withCompressedStatic } from '../../../src/server/compressed-static.ts';

const client = process.argv[2];
if (!client) throw new Error('Usage: static-server.ts <client folder>');
const server = createServer(withCompressedStatic(client, (_req, res) => {
  res.statusCode = 404;
  res.end();
}));
server.listen(0, '127.0.0.1', () => console.log((server.address() as AddressInfo).port));
