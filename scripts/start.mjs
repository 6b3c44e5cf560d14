// `npm start`: build the site, then serve it (pages + the callback endpoint) with the
// built server wrapped in Pathway's security headers (src/server/serve.ts) at
// http://localhost:4321.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { hubTokenHash } from '../src/server/hub-token.ts';

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const env = { ...process.env, HOST: process.env.HOST ?? 'localhost', PORT: process.env.PORT ?? '4321' };
// On a developer's machine the hub endpoint opens with the development token
// (.dev-keys/hub-token.txt, made with the development key pair): `npm run hub -- pull
// --from http://localhost:4321 --token-file .dev-keys/hub-token.txt`.
const devToken = '.dev-keys/hub-token.txt';
if (!env.PATHWAY_HUB_TOKEN_SHA256 && env.PATHWAY_ENV !== 'production' && existsSync(devToken)) {
  env.PATHWAY_HUB_TOKEN_SHA256 = hubTokenHash(readFileSync(devToken, 'utf8').trim());
}
const server = spawn(process.execPath, ['src/server/serve.ts'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
