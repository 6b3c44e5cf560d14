// The outbox as the form sees it: what waits, keeping a new envelope before anything is
// posted (write-ahead), asking the courier to send it now, and cancelling. The courier
// (courier.ts) does every send and every delete, here and on every other page.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Envelope } from '../../lib/callback/envelope';
import type { CourierReport } from './courier';

const loadOutbox = () => import('./outbox');
const loadCourier = () => import('./courier');

/** What became of a request she just sent: on the server, still waiting, or refused. */
export type Delivery = 'sent' | 'queued' | 'rejected';
export type OutboxNote = 'delivered' | 'cancelled' | 'already-sent' | undefined;

export interface Outbox {
  ids: string[];
  /** Waiting ids whose last post was refused (a 4xx): she is told, and can cancel. */
  refused: string[];
  note: OutboxNote;
  /** Stores the envelope; resolves once it is safely on the phone, rejects if it cannot be. */
  keep(envelope: Envelope): Promise<void>;
  /** Sends what waits now; what became of `id`. */
  sendNow(id: string): Promise<Delivery>;
  cancel(id: string): Promise<void>;
}

export function useOutbox(endpoint: string): Outbox {
  const [ids, setIds] = useState<string[]>([]);
  const [refused, setRefused] = useState<string[]>([]);
  const [note, setNote] = useState<OutboxNote>();
  // The request the form is sending now: its delivery is the form's confirmation, not a
  // note. One that goes later (after a failure) gets the note like any other.
  const own = useRef(new Set<string>());

  const hear = (report: CourierReport) => {
    setIds(report.waiting);
    setRefused(report.refused);
    if (report.delivered.some((id) => !own.current.has(id))) setNote('delivered');
  };

  useEffect(() => {
    let stop = () => {};
    void loadCourier().then(({ startCourier }) => {
      stop = startCourier(endpoint, hear);
    });
    return () => stop();
  }, []);

  async function keep(envelope: Envelope) {
    setNote(undefined);
    const outbox = await loadOutbox();
    await outbox.keep(envelope);
  }

  async function sendNow(id: string): Promise<Delivery> {
    own.current.add(id);
    try {
      const { flush } = await loadCourier();
      const report = await flush();
      if (report.delivered.includes(id)) return 'sent';
      return report.refused.includes(id) ? 'rejected' : 'queued';
    } finally {
      own.current.delete(id);
    }
  }

  async function cancel(id: string) {
    const courier = await loadCourier();
    setNote(await courier.cancel(id));
    const { waiting } = await loadOutbox();
    const left = (await waiting()).map((e) => e.id);
    setIds(left);
    setRefused((r) => r.filter((x) => left.includes(x)));
  }

  return { ids, refused, note, keep, sendNow, cancel };
}
