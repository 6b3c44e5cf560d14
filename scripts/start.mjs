// `npm start`: build the site, then serve it (pages + the callback endpoint) with the
// built server wrapped in Pathway's security headers (src/server/serve.ts) at
// http://localhost:4321.
import { spawn, spawnSync } from 'node:child_process';

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const env = { ...process.env, HOST: process.env.HOST ?? 'localhost', PORT: process.env.PORT ?? '4321' };
const server = spawn(process.execPath, ['src/server/serve.ts'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
