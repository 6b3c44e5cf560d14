// The outbox as the form sees it: what waits, delivering a new envelope (or keeping it
// when it cannot go now), sending what waits when the connection returns or the page
// opens again, and cancelling. One flush at a time, so nothing is posted twice at once.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Envelope } from '../../lib/callback/envelope';
import { send, type Outcome } from './send';

const loadOutbox = () => import('./outbox');

export type Delivery = Exclude<Outcome, 'retry'> | 'queued';
export type OutboxNote = 'delivered' | 'cancelled' | undefined;

export interface Outbox {
  ids: string[];
  note: OutboxNote;
  deliver(envelope: Envelope): Promise<Delivery>;
  cancel(id: string): Promise<void>;
}

export function useOutbox(endpoint: string): Outbox {
  const [ids, setIds] = useState<string[]>([]);
  const [note, setNote] = useState<OutboxNote>();
  const flushing = useRef<Promise<void> | null>(null);

  async function refresh() {
    const { waiting } = await loadOutbox();
    setIds((await waiting()).map((e) => e.id));
  }

  function flush(): Promise<void> {
    flushing.current ??= (async () => {
      try {
        const { waiting, drop } = await loadOutbox();
        for (const envelope of await waiting()) {
          const outcome = await send(endpoint, envelope);
          // A rejected envelope would be refused for ever: it goes too.
          if (outcome === 'sent' || outcome === 'rejected') await drop(envelope.id);
          if (outcome === 'sent') setNote('delivered');
        }
        await refresh();
      } finally {
        flushing.current = null;
      }
    })();
    return flushing.current;
  }

  useEffect(() => {
    const onOnline = () => void flush();
    onOnline();
    addEventListener('online', onOnline);
    return () => removeEventListener('online', onOnline);
  }, []);

  async function deliver(envelope: Envelope): Promise<Delivery> {
    setNote(undefined);
    const outcome = await send(endpoint, envelope);
    if (outcome !== 'retry') return outcome;
    const { keep } = await loadOutbox();
    await keep(envelope);
    await refresh();
    return 'queued';
  }

  async function cancel(id: string) {
    const { drop } = await loadOutbox();
    await drop(id);
    setNote('cancelled');
    await refresh();
  }

  return { ids, note, deliver, cancel };
}
