// The courier: sends what waits in the outbox, from whichever Pathway page is open (issue
// 17). Rules that keep a request from being lost or sent twice at once:
// - One lock (Web Locks, across every open page of the site) is held across reading the
//   outbox, posting and deleting, so two pages never post the same envelope together.
// - The only deletion is after a 202 for that id (send.ts).
// - After `pagehide` this page does no outbox work at all: a page being left must not
//   delete what the next page would show as sent. A 202 that arrives then is ignored; the
//   next page posts again, and the server stores an id once (callback-store.ts).
// - A flush asked for while one runs (an `online` event) runs again afterwards.
// - What still waits is tried again with backoff while the page stays open, and when the
//   connection returns.
import { drop, waiting } from './outbox';
import { send, type Outcome } from './send';

const SEND_LOCK = 'pathway-outbox-send';

/** After a flush that left something waiting: seconds to the next try, then the last for ever. */
export const BACKOFF_SECONDS = [5, 15, 30, 60, 120, 300] as const;

export interface CourierReport {
  /** Ids the server took (202) during this flush. */
  delivered: string[];
  /** Ids still waiting, in the outbox. */
  waiting: string[];
  /** Of those, the ids the last answer refused (a 4xx other than 429). */
  refused: string[];
}

type Listener = (report: CourierReport) => void;

let endpoint = '';
let leaving = false;
let running: Promise<CourierReport> | null = null;
let again = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let attempt = 0;
const refusedIds = new Set<string>();
const listeners = new Set<Listener>();

/**
 * Starts the courier on this page (once; later calls only add `onReport`): a flush now,
 * on every `online` event, and with backoff while something waits. `onReport` hears the
 * outcome of each flush. Returns a function that stops `onReport` hearing.
 */
export function startCourier(callbackEndpoint: string, onReport?: Listener): () => void {
  if (onReport) listeners.add(onReport);
  if (!endpoint) {
    endpoint = callbackEndpoint;
    addEventListener('pagehide', () => {
      leaving = true;
      clearTimeout(timer);
    });
    addEventListener('pageshow', (event) => {
      if (!event.persisted) return;
      // Back from the back/forward cache: the page is in use again.
      leaving = false;
      void flush();
    });
    addEventListener('online', () => void flush());
    void flush();
  }
  return () => void (onReport && listeners.delete(onReport));
}

/**
 * Sends everything waiting, one envelope at a time; resolves with what happened. A call
 * while a flush runs makes that flush run once more and resolves with its final report.
 */
export function flush(): Promise<CourierReport> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    let report: CourierReport;
    const delivered: string[] = [];
    do {
      again = false;
      report = await flushOnce();
      delivered.push(...report.delivered);
    } while (again && !leaving);
    return { ...report, delivered };
  })().finally(() => {
    running = null;
    // Asked for after the loop's last look: run it now rather than drop it.
    if (again && !leaving) void flush();
  });
  void running.then(afterFlush, () => schedule());
  return running;
}

function flushOnce(): Promise<CourierReport> {
  const work = async (): Promise<CourierReport> => {
    const delivered: string[] = [];
    if (leaving) return { delivered, waiting: [], refused: [] };
    for (const envelope of await waiting()) {
      if (leaving) break;
      const outcome: Outcome = await send(endpoint, envelope);
      if (leaving) break;
      if (outcome === 'sent') {
        await drop(envelope.id);
        refusedIds.delete(envelope.id);
        delivered.push(envelope.id);
      } else if (outcome === 'rejected') {
        refusedIds.add(envelope.id);
      } else {
        refusedIds.delete(envelope.id);
      }
    }
    const left = leaving ? [] : (await waiting()).map((e) => e.id);
    return { delivered, waiting: left, refused: left.filter((id) => refusedIds.has(id)) };
  };
  return withSendLock(work);
}

/** Runs `work` holding the send lock across every open page of the site (Web Locks, where the browser has them). */
function withSendLock<T>(work: () => Promise<T>): Promise<T> {
  return 'locks' in navigator ? navigator.locks.request(SEND_LOCK, work) : work();
}

function afterFlush(report: CourierReport): void {
  if (leaving) return;
  for (const listener of listeners) listener(report);
  if (report.delivered.length > 0) attempt = 0;
  if (report.waiting.length > 0) schedule();
  else attempt = 0;
}

function schedule(): void {
  clearTimeout(timer);
  if (leaving) return;
  const seconds = BACKOFF_SECONDS[Math.min(attempt, BACKOFF_SECONDS.length - 1)]!;
  attempt += 1;
  timer = setTimeout(() => void flush(), seconds * 1000);
}

/**
 * Deletes a waiting request she cancelled, unless it has gone already. Takes the send
 * lock, so it waits for a post in flight to be answered: deleting during the post could
 * tell her "nothing was sent" when the server has it.
 */
export function cancel(id: string): Promise<'cancelled' | 'already-sent'> {
  const work = async () => {
    if (!(await waiting()).some((e) => e.id === id)) return 'already-sent' as const;
    await drop(id);
    refusedIds.delete(id);
    return 'cancelled' as const;
  };
  return withSendLock(work);
}
