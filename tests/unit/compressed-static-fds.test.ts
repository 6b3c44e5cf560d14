// Issue 17 E: a download cut off mid-stream must give its file descriptor back, and a
// file that cannot be opened must not take the server down.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCompressedStatic } from '../../src/server/compressed-static';
import { makeStaticSite, type StaticSite } from './support/static-site';

const openDescriptors = (pid: number | 'self' = 'self') => readdirSync(`/proc/${pid}/fd`).length;

interface Answer {
  status: number;
  bytes: number;
}

/** GET `path`; with `cut`, destroys the request after its first chunk of body. */
function get(port: number, path: string, encoding: string, cut = false): Promise<Answer> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false, headers: { 'accept-encoding': encoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (cut) {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, bytes });
        }
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, bytes }));
    });
    req.on('error', () => resolve({ status: 0, bytes: 0 }));
    req.end();
  });
}

/** Runs `count` calls of `task`, `width` at a time. */
async function inBatches(count: number, width: number, task: (i: number) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < count; start += width) {
    await Promise.all(Array.from({ length: Math.min(width, count - start) }, (_, j) => task(start + j)));
  }
}

/** Waits (at most `ms`) until `read()` is at most `target`; returns the last reading. */
async function settle(read: () => number, target: number, ms = 10_000): Promise<number> {
  const until = Date.now() + ms;
  let value = read();
  while (value > target && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    value = read();
  }
  return value;
}

const PATHS = ['/_astro/big.js', '/plain.js'] as const;
let site: StaticSite;
let server: Server;
let port: number;
let next404 = 0;

beforeAll(async () => {
  site = makeStaticSite(6);
  server = createServer(withCompressedStatic(site.client, (_req, res) => {
    next404 += 1;
    res.statusCode = 404;
    res.end();
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server.close();
  rmSync(dirname(site.client), { recursive: true, force: true });
});

describe('withCompressedStatic and file descriptors', () => {
  it('gives every descriptor back after 200 downloads cut off mid-stream (Brotli copy and on-the-fly)', async () => {
    // One full download of each first, so lazily opened descriptors are in the baseline.
    expect(await get(port, PATHS[0], 'br')).toEqual({ status: 200, bytes: site.copySize });
    expect((await get(port, PATHS[1], 'gzip')).status).toBe(200);
    const baseline = openDescriptors();
    const cut: Answer[] = [];
    await inBatches(200, 20, async (i) => cut.push(await get(port, PATHS[i % 2]!, i % 4 < 2 ? 'br' : 'gzip', true)));
    expect(cut.every((a) => a.status === 200 && a.bytes > 0)).toBe(true);
    // Every download really was cut short of its end.
    expect(cut.filter((a, i) => i % 2 === 0 && a.bytes >= site.copySize)).toEqual([]);
    const after = await settle(() => openDescriptors(), baseline);
    console.info(`descriptors: baseline ${baseline}, after 200 cut downloads ${after}`);
    expect(after).toBeLessThanOrEqual(baseline);
    // And the server still answers in full.
    expect(await get(port, PATHS[0], 'br')).toEqual({ status: 200, bytes: site.copySize });
  });

  it('answers 500 when the file goes away between its stat and its open, and keeps serving', async () => {
    const file = join(site.client, 'gone.js');
    writeFileSync(file, 'let x = 1;\n'.repeat(1000));
    const handler = withCompressedStatic(site.client, (_req, res) => res.end());
    const racing = createServer((req, res) => {
      handler(req, res);
      // The handler has checked the file; its open happens after this turn of the loop.
      unlinkSync(file);
    });
    await new Promise<void>((resolve) => racing.listen(0, '127.0.0.1', resolve));
    const racingPort = (racing.address() as AddressInfo).port;
    try {
      const answer = await get(racingPort, '/gone.js', 'br');
      expect(answer.status).toBe(500);
    } finally {
      racing.close();
    }
    expect((await get(port, '/plain.js', 'br')).status).toBe(200);
  });
});

describe('withCompressedStatic when she goes away before the file opens', () => {
  it('does not pipe into the closed response (which threw and stopped the whole server)', async () => {
    const thrown: unknown[] = [];
    const onThrow = (error: unknown) => thrown.push(error);
    process.on('uncaughtException', onThrow);
    const handler = withCompressedStatic(site.client, (_req, res) => res.end());
    // The response is gone in the same turn as the handler, before the file's open completes:
    // what a phone that gives up on a page does, hundreds of times in a page sweep.
    const leaving = createServer((req, res) => {
      handler(req, res);
      res.destroy();
    });
    await new Promise<void>((resolve) => leaving.listen(0, '127.0.0.1', resolve));
    const leavingPort = (leaving.address() as AddressInfo).port;
    try {
      await inBatches(40, 10, (i) => get(leavingPort, PATHS[i % 2]!, i % 4 < 2 ? 'br' : 'gzip'));
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      leaving.close();
      process.off('uncaughtException', onThrow);
    }
    expect(thrown).toEqual([]);
    expect((await get(port, '/plain.js', 'br')).status).toBe(200);
  });
});

describe('withCompressedStatic under a 64-descriptor limit (a child process)', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
  });

  it('survives 500 cut-off downloads, EMFILE included, and still answers in full', async () => {
    const script = join(__dirname, 'support/static-server.ts');
    child = spawn('bash', ['-c', 'ulimit -n 64 && exec "$0" "$1" "$2"', process.execPath, script, site.client], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const childPort = await new Promise<number>((resolve, reject) => {
      child!.stdout!.once('data', (c: Buffer) => resolve(Number(c.toString().trim())));
      child!.once('exit', (code) => reject(new Error(`static server exited (${code}): ${stderr}`)));
    });
    const pid = child.pid!;
    expect(await get(childPort, PATHS[0], 'br')).toEqual({ status: 200, bytes: site.copySize });
    expect((await get(childPort, PATHS[1], 'br')).status).toBe(200);
    const baseline = openDescriptors(pid);
    const statuses = new Map<number, number>();
    // 50 at a time: more sockets and files than 64 descriptors allow.
    await inBatches(500, 50, async (i) => {
      const { status } = await get(childPort, PATHS[i % 2]!, 'br', true);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
    const after = await settle(() => openDescriptors(pid), baseline);
    console.info(`child (ulimit -n 64): baseline ${baseline}, after 500 cut downloads ${after}; answers ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(child.exitCode).toBeNull();
    // Cut off (200), no descriptor to open the file (500), or none to accept the socket (0).
    expect([...statuses.keys()].filter((s) => ![0, 200, 500].includes(s))).toEqual([]);
    expect(after).toBeLessThanOrEqual(baseline);
    expect(await get(childPort, PATHS[0], 'br')).toEqual({ status: 200, bytes: site.copySize });
    expect((await get(childPort, PATHS[1], 'gzip')).status).toBe(200);
    expect(stderr).toBe('');
  });
});
