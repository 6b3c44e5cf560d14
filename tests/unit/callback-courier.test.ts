// The courier's rules (issue 17), with a real IndexedDB implementation (fake-indexeddb),
// Node's Web Locks and a scripted fetch. Each test loads fresh modules: the courier keeps
// its state per page, as a browser would.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../src/lib/callback/envelope';
import type { CourierReport } from '../../src/islands/callback/courier';

const ENDPOINT = '/api/callback/';
const envelope = (n: number): Envelope => ({
  v: 1, kid: 'k'.repeat(16), enc: 'e', ct: 'c', id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
});

/** One answer the scripted server gives: a status (its body echoes the id) or a network failure. */
type Answer = number | 'network' | { status: number; hold: Promise<void> };
let answers: Answer[];
let posted: string[];
let page: EventTarget;

beforeEach(() => {
  vi.resetModules();
  globalThis.indexedDB = new IDBFactory();
  answers = [];
  posted = [];
  page = new EventTarget();
  vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
  vi.stubGlobal('removeEventListener', page.removeEventListener.bind(page));
  Object.defineProperty(navigator, 'onLine', { value: true, configurable: true });
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const { id } = JSON.parse(String(init.body)) as Envelope;
    posted.push(id);
    const answer = answers.shift() ?? 202;
    if (answer === 'network') throw new TypeError('Failed to fetch');
    const status = typeof answer === 'number' ? answer : (await answer.hold, answer.status);
    return new Response(JSON.stringify(status === 202 ? { id } : { error: 'x' }), { status });
  });
});

afterEach(() => {
  // The page goes: its courier stops its timers, so none fires into the next test.
  page.dispatchEvent(Object.assign(new Event('pagehide'), { persisted: false }));
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

async function load() {
  const outbox = await import('../../src/islands/callback/outbox');
  const courier = await import('../../src/islands/callback/courier');
  return { ...outbox, ...courier };
}
/** Starts the courier on this page; resolves with the report of its first flush. */
function start(courier: { startCourier: (endpoint: string, onReport: (r: CourierReport) => void) => unknown }) {
  return new Promise<CourierReport>((resolve) => courier.startCourier(ENDPOINT, resolve));
}
const ids = async (waiting: () => Promise<Envelope[]>) => (await waiting()).map((e) => e.id);
const pageEvent = (type: string, persisted = false) => Object.assign(new Event(type), { persisted });

describe('the courier', () => {
  it('deletes only after a 202 for that id; a 4xx keeps it and reports it refused', async () => {
    const courier = await load();
    const { keep, waiting } = courier;
    await keep(envelope(1));
    await keep(envelope(2));
    answers = [422, 202];
    const report = await start(courier);
    expect(report.delivered).toEqual([envelope(2).id]);
    expect(report.waiting).toEqual([envelope(1).id]);
    expect(report.refused).toEqual([envelope(1).id]);
    expect(await ids(waiting)).toEqual([envelope(1).id]);
  });

  it('keeps a request on a network failure, a timeout-like error, a 5xx, a 429, or a 202 for another id', async () => {
    const courier = await load();
    const { keep, waiting, flush } = courier;
    await keep(envelope(1));
    answers = ['network'];
    await start(courier);
    expect(await ids(waiting)).toEqual([envelope(1).id]);
    for (const answer of [503, 429, 400, 403] as const) {
      answers = [answer];
      await flush();
      expect(await ids(waiting), String(answer)).toEqual([envelope(1).id]);
    }
    // A captive portal answering 202 with a page of its own has not stored the request.
    vi.stubGlobal('fetch', async () => new Response('<html>Welcome to free Wi-Fi</html>', { status: 202 }));
    await flush();
    expect(await ids(waiting)).toEqual([envelope(1).id]);
  });

  it('does no outbox work after pagehide: a 202 that arrives then deletes nothing', async () => {
    const { keep, waiting, startCourier, flush } = await load();
    await keep(envelope(1));
    let answer!: () => void;
    answers = [{ status: 202, hold: new Promise<void>((resolve) => (answer = resolve)) }];
    startCourier(ENDPOINT);
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    page.dispatchEvent(pageEvent('pagehide'));
    answer();
    await flush();
    // The next page posts it again (the server stores an id once) and shows it as sent.
    expect(await ids(waiting)).toEqual([envelope(1).id]);
  });

  it('runs again when the connection returns during a flush (the online event is not dropped)', async () => {
    const { keep, waiting, startCourier } = await load();
    await keep(envelope(1));
    let answer!: () => void;
    answers = [{ status: 503, hold: new Promise<void>((resolve) => (answer = resolve)) }, 202];
    const reports: string[][] = [];
    startCourier(ENDPOINT, (r) => reports.push(r.delivered));
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    page.dispatchEvent(new Event('online'));
    answer();
    await vi.waitFor(() => expect(reports).toEqual([[envelope(1).id]]));
    expect(posted).toHaveLength(2);
    expect(await ids(waiting)).toEqual([]);
  });

  it('tries again with backoff while the page stays open, with no event at all', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { keep, waiting, startCourier, BACKOFF_SECONDS } = await load();
    await keep(envelope(1));
    answers = ['network', 'network', 202];
    startCourier(ENDPOINT);
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    await vi.advanceTimersByTimeAsync(BACKOFF_SECONDS[0] * 1000);
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    await vi.advanceTimersByTimeAsync(BACKOFF_SECONDS[1] * 1000);
    await vi.waitFor(() => expect(posted).toHaveLength(3));
    await vi.waitFor(async () => expect(await ids(waiting)).toEqual([]));
  });

  it('never posts the same envelope from two pages at once (one lock across read, send, delete)', async () => {
    const first = await load();
    await first.keep(envelope(1));
    let answer!: () => void;
    answers = [{ status: 202, hold: new Promise<void>((resolve) => (answer = resolve)) }];
    first.startCourier(ENDPOINT);
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    // A second page (fresh modules, same origin's IndexedDB and locks) starts meanwhile.
    vi.resetModules();
    const second = await load();
    second.startCourier(ENDPOINT);
    const secondReport = second.flush();
    answer();
    expect((await secondReport).waiting).toEqual([]);
    expect(posted).toEqual([envelope(1).id]);
  });

  it('cancel waits for a post in flight, and says so when the server had it already', async () => {
    const { keep, waiting, startCourier, cancel } = await load();
    await keep(envelope(1));
    let answer!: () => void;
    answers = [{ status: 202, hold: new Promise<void>((resolve) => (answer = resolve)) }];
    startCourier(ENDPOINT);
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    const cancelled = cancel(envelope(1).id);
    answer();
    expect(await cancelled).toBe('already-sent');
    await keep(envelope(2));
    answers = ['network'];
    expect(await cancel(envelope(2).id)).toBe('cancelled');
    expect(await ids(waiting)).toEqual([]);
  });
});
