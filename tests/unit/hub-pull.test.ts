// Issue 20, item 1: the hub pulls sealed requests from the site and the site deletes each
// only once the hub has it on disk. The endpoint with a real store; the pull as the
// coordinator runs it (a child process), killed between fetch, store and acknowledge.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CallbackStore } from '../../src/server/callback-store';
import { createHubHandler, PULL_BATCH, type HubHandler } from '../../src/server/hub-handler';
import { hubTokenHash, newHubToken, tokenMatches } from '../../src/server/hub-token';
import { RateLimiter } from '../../src/server/rate-limit';
import { pull, hubEndpoint } from '../../scripts/hub/pull';

const TOKEN = newHubToken();
const envelope = (id: string) => JSON.stringify({ v: 1, kid: 'k'.repeat(16), enc: 'e', ct: 'c'.repeat(64), id });

let dir: string;
let site: CallbackStore;
let hub: CallbackStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hub-pull-'));
  site = new CallbackStore(join(dir, 'site'));
  hub = new CallbackStore(join(dir, 'hub'));
});
afterEach(() => {
  site.close();
  hub.close();
  rmSync(dir, { recursive: true, force: true });
});

function fill(n: number): string[] {
  const ids = Array.from({ length: n }, () => randomUUID());
  site.putRows(ids.map((id) => ({ id, receivedHour: '2026-11-30T09:00Z', envelope: envelope(id) })));
  return ids;
}

const handler = (limit = 1000): HubHandler =>
  createHubHandler({ tokenHash: hubTokenHash(TOKEN), store: () => site, limiter: new RateLimiter({ max: limit, windowMs: 60_000 }) });
const ask = (h: HubHandler, init: RequestInit & { token?: string } = {}) =>
  h(new Request('http://site/api/hub/requests/', { ...init, headers: { authorization: `Bearer ${init.token ?? TOKEN}`, ...(init.headers as Record<string, string>) } }), 'client');

describe('the hub endpoint', () => {
  it('is off without a token hash in the settings', async () => {
    const off = createHubHandler({ tokenHash: null, store: () => site, limiter: { allow: () => true } });
    expect((await ask(off)).status).toBe(404);
  });

  it('refuses a wrong, missing or malformed token with 401, no-store, and hands over nothing', async () => {
    fill(3);
    for (const authorization of ['Bearer wrong', '', 'Basic abc', `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(1)}`]) {
      const answer = await handler()(new Request('http://site/', { headers: { authorization } }), 'client');
      expect(answer.status, authorization).toBe(401);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(await answer.text()).not.toContain('"requests"');
    }
    expect(tokenMatches(`Bearer ${TOKEN}`, hubTokenHash(TOKEN))).toBe(true);
    expect(tokenMatches('Bearer ', hubTokenHash(''))).toBe(false);
  });

  it('limits attempts per client, right or wrong', async () => {
    const h = handler(3);
    for (let i = 0; i < 3; i++) expect((await ask(h, { token: 'wrong' })).status).toBe(401);
    expect((await ask(h)).status).toBe(429);
  });

  it('hands over the oldest batch as stored, and deletes only what is acknowledged', async () => {
    const ids = fill(PULL_BATCH + 5);
    const got = (await (await ask(handler())).json()) as { requests: { id: string; envelope: string }[] };
    expect(got.requests).toHaveLength(PULL_BATCH);
    expect(got.requests[0]!.envelope).toBe(envelope(got.requests[0]!.id));
    const ack = await ask(handler(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ack: [ids[0], ids[1]] }) });
    expect(await ack.json()).toEqual({ deleted: 2 });
    expect(site.count()).toBe(PULL_BATCH + 3);
    // Acknowledged again (an answer lost on the way): nothing more, no error.
    const again = await ask(handler(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ack: [ids[0]] }) });
    expect(await again.json()).toEqual({ deleted: 0 });
  });

  it('answers bad acknowledgements with 4xx and keeps every request', async () => {
    fill(2);
    const post = (body: string, type = 'application/json') => ask(handler(), { method: 'POST', headers: { 'content-type': type }, body });
    expect((await post('{')).status).toBe(400);
    expect((await post('{"ack": "x"}')).status).toBe(400);
    expect((await post(JSON.stringify({ ack: ['../../etc'] }))).status).toBe(400);
    expect((await post(JSON.stringify({ ack: Array(PULL_BATCH + 1).fill(randomUUID()) }))).status).toBe(400);
    expect((await post('x'.repeat(40_000))).status).toBe(413);
    expect((await post('ack', 'text/plain')).status).toBe(415);
    expect((await ask(handler(), { method: 'DELETE' })).status).toBe(405);
    expect(site.count()).toBe(2);
  });
});

describe('hub pull', () => {
  /** fetch straight into the handler, no network. */
  const local = (h: HubHandler): typeof fetch => (input, init) => h(new Request(String(input), init), 'hub');

  it('moves every request to the hub in batches, the site keeping none', async () => {
    const ids = fill(PULL_BATCH * 2 + 7);
    const result = await pull({ from: 'http://localhost:4321', token: TOKEN, inbox: hub, fetch: local(handler()) });
    expect(result).toEqual({ received: ids.length, added: ids.length });
    expect(site.count()).toBe(0);
    expect(new Set(hub.rows().map((r) => r.id))).toEqual(new Set(ids));
    expect(hub.rows().find((r) => r.id === ids[0])?.envelope).toBe(envelope(ids[0]!));
  });

  it('says plainly when the token is refused, and never sends it in clear to another machine', async () => {
    fill(1);
    await expect(pull({ from: 'http://localhost:4321', token: 'wrong-token', inbox: hub, fetch: local(handler()) })).rejects.toThrow(/refused the hub token/);
    expect(() => hubEndpoint('http://pathway.example')).toThrow(/https/);
    expect(hubEndpoint('https://pathway.example/x/').href).toBe('https://pathway.example/api/hub/requests/');
    expect(site.count()).toBe(1);
  });
});

describe('hub pull, killed part way (issue 20)', () => {
  type Plan = 'after-fetch' | 'before-ack' | 'after-ack';
  let server: Server;
  let child: ReturnType<typeof spawn> | null = null;
  let plan: Plan = 'after-fetch';
  let errors = '';

  /** The site: the real handler behind a real socket, killing the pull where the plan says. */
  function start(): Promise<number> {
    const h = handler();
    server = createServer(async (req, res) => {
      const body = req.method === 'POST' ? (Readable.toWeb(req) as ReadableStream) : undefined;
      const request = new Request(`http://127.0.0.1${req.url}`, { method: req.method!, headers: req.headers as Record<string, string>, body, duplex: 'half' } as RequestInit);
      if (req.method === 'POST' && plan === 'before-ack') {
        child?.kill('SIGKILL');
        res.destroy();
        return;
      }
      const answer = await h(request, 'hub');
      res.writeHead(answer.status, Object.fromEntries(answer.headers));
      res.end(Buffer.from(await answer.arrayBuffer()));
      // Killed as the answer leaves: with the rows in flight (after-fetch), or with the
      // site's deletion done and the next batch not yet asked for (after-ack).
      if ((req.method === 'GET' && plan === 'after-fetch') || (req.method === 'POST' && plan === 'after-ack')) child?.kill('SIGKILL');
    });
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  }

  function runPull(port: number, tokenFile: string): Promise<number | null> {
    // One process (tsx's loader inside it), so the kill reaches the pull itself.
    child = spawn(process.execPath, ['--import', 'tsx', 'scripts/hub.ts', 'pull', '--from', `http://127.0.0.1:${port}`, '--token-file', tokenFile], {
      env: { ...process.env, PATHWAY_HUB_DIR: join(dir, 'hub') },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr!.on('data', (d: Buffer) => (errors += String(d)));
    return new Promise((resolve) => child!.on('exit', (code) => resolve(code)));
  }

  it('loses nothing and duplicates nothing, killed between fetch, store and acknowledge', async () => {
    const port = await start();
    const tokenFile = join(dir, 'token');
    writeFileSync(tokenFile, TOKEN, { mode: 0o600 });
    const ids = fill(PULL_BATCH * 2 + 50);
    try {
      for (const p of ['after-fetch', 'before-ack', 'after-ack', 'after-fetch', 'before-ack', 'after-ack'] as Plan[]) {
        plan = p;
        const onSite = site.count();
        errors = '';
        // Killed, as planned (exit code null: ended by the signal).
        expect(await runPull(port, tokenFile), `${p}: ${errors}`).toBeNull();
        // Before the acknowledgement the hub has the batch and the site still has it all;
        // after it the site has let that batch go.
        if (p === 'before-ack') expect([hub.count() >= PULL_BATCH, site.count()]).toEqual([true, onSite]);
        if (p === 'after-ack') expect(site.count(), p).toBe(onSite - Math.min(PULL_BATCH, onSite));
        // At every moment each request is on the site, on the hub, or (between store and
        // acknowledge) on both; never on neither.
        const held = new Set([...site.rows().map((r) => r.id), ...hub.rows().map((r) => r.id)]);
        expect(held.size, p).toBe(ids.length);
      }
      plan = 'none' as Plan;
      errors = '';
      expect(await runPull(port, tokenFile), errors).toBe(0);
    } finally {
      server.close();
    }
    expect(site.count()).toBe(0);
    const pulled = hub.rows().map((r) => r.id);
    expect(pulled).toHaveLength(ids.length);
    expect(new Set(pulled)).toEqual(new Set(ids));
  }, 60_000);
});
