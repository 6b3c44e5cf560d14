// A throwaway PostgreSQL for tests and benchmarks (issue 21): a new cluster in a temporary
// folder, listening only on a Unix socket there, with trust authentication for the one
// local user, stopped and deleted afterwards. Uses Debian's PostgreSQL
// (/usr/lib/postgresql/<version>/bin; `scripts/pathway.sh test` installs the package).
// PostgreSQL will not run as root: as root the cluster runs as the `postgres` user.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPostgres {
  /** postgres://… for PATHWAY_DATABASE_URL: user postgres (or you), database "pathway". */
  url: string;
  /** Stops the server at once (as a crash would), keeping its data; `resume` starts it again. */
  pause(): void;
  resume(): void;
  /** Stops it and deletes everything. */
  stop(): void;
}

/** The folder of PostgreSQL's programs, newest version first; throws saying what to install. */
export function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  const bin = versions.map((v) => join(root, v, 'bin')).find((b) => existsSync(join(b, 'initdb')));
  if (!bin) throw new Error('PostgreSQL is not installed: apt-get install postgresql (scripts/pathway.sh test does).');
  return bin;
}

/** Starts a cluster on a spare port; resolves once it takes connections. */
export function startPostgres(port = 20000 + Math.floor(Math.random() * 20000)): TestPostgres {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'pathway-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? 'postgres' : (process.env['USER'] ?? 'postgres');
  if (asRoot) {
    chmodSync(dir, 0o755);
    chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  }
  const run = (program: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, program), asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args, { stdio: 'pipe' });
  run('initdb', ['-D', data, '-U', user, '--auth=trust', '--no-sync', '-E', 'UTF8']);
  // fsync stays on (the default): the tests check what a commit promises.
  const start = () => run('pg_ctl', ['-D', data, '-s', '-w', '-l', join(dir, 'log'), '-o', `-k ${dir} -p ${port} -c listen_addresses=''`, 'start']);
  start();
  run('createdb', ['-h', dir, '-p', String(port), '-U', user, 'pathway']);
  return {
    url: `postgres://${user}@localhost/pathway?host=${encodeURIComponent(dir)}&port=${port}`,
    pause: () => void run('pg_ctl', ['-D', data, '-s', '-w', '-m', 'immediate', 'stop']),
    resume: () => void start(),
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-s', '-w', '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
