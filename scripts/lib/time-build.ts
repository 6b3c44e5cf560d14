// One timed `astro build` of a given services folder, for the build benchmark.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildRun {
  /** Wall clock of the whole `astro build` process, start-up included. */
  ms: number;
  /** User + system CPU of the process and its children (null without GNU time). */
  cpuMs: number | null;
  /** Peak resident memory in KB (null without GNU time). */
  peakKb: number | null;
  pages: number;
}

export interface BuildOptions {
  root: string;
  outDir: string;
  cacheDir: string;
  /** A folder of service YAML files; the real content/services when absent. */
  servicesDir?: string;
  /** Where astro's output goes: 30,000 lines of it would drown the figures. */
  logFile: string;
}

// GNU time reports CPU and peak memory, which say more than wall clock on a shared machine.
const GNU_TIME = '/usr/bin/time';

export async function timeBuild(o: BuildOptions): Promise<BuildRun> {
  rmSync(o.outDir, { recursive: true, force: true });
  // A fresh cache each run: a clean CI build parses every file, and a warm content store
  // would skip that parsing.
  rmSync(o.cacheDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, PATHWAY_CACHE_DIR: o.cacheDir, ASTRO_TELEMETRY_DISABLED: '1' };
  if (o.servicesDir) env.PATHWAY_SERVICES_DIR = o.servicesDir;
  else delete env.PATHWAY_SERVICES_DIR;

  const astro = [join(o.root, 'node_modules/.bin/astro'), 'build', '--outDir', o.outDir];
  const usageFile = `${o.logFile}.usage`;
  const withTime = existsSync(GNU_TIME);
  const [command, ...args] = withTime ? [GNU_TIME, '-o', usageFile, '-f', '%U %S %M', ...astro] : astro;

  const log = openSync(o.logFile, 'w');
  const start = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(command!, args, { cwd: o.root, env, stdio: ['ignore', log, log] });
    child.on('error', reject);
    child.on('exit', resolve);
  });
  const ms = performance.now() - start;
  closeSync(log);
  if (code !== 0) {
    const tail = readFileSync(o.logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`astro build exited with ${code}; the end of its output:\n${tail}`);
  }

  let cpuMs: number | null = null;
  let peakKb: number | null = null;
  if (withTime) {
    const [user, sys, kb] = readFileSync(usageFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    cpuMs = (user! + sys!) * 1000;
    peakKb = kb!;
  }
  return { ms, cpuMs, peakKb, pages: countPages(o.outDir) };
}

/** Every index.html under the folder (pages are written as <path>/index.html). */
export function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.name === 'index.html',
  ).length;
}
