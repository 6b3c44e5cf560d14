// The page's side of the search worker: starts it on first use and answers only the
// newest search, so a slow answer to an old keystroke never replaces a newer one.
import type { SearchFilters } from '../../lib/search/filters';
import type { SearchService } from '../../lib/search/index-data';
import type { FromWorker, ToWorker } from '../../lib/search/messages';

export interface Answer {
  services: SearchService[];
  total: number;
}

export class SearchClient {
  private worker: Worker | null = null;
  private next = 0;
  private pending = new Map<number, (answer: Answer | null) => void>();

  constructor(private readonly indexUrl: string) {}

  /** Starts the worker and the index download; cheap to call again. */
  start(): void {
    if (this.worker) return;
    this.worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    this.worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const resolve = this.pending.get(event.data.id);
      if (!resolve) return;
      this.pending.delete(event.data.id);
      resolve(event.data.type === 'results' ? { services: event.data.services, total: event.data.total } : null);
    });
    // A worker that cannot start answers nothing: fail the waiting search instead.
    this.worker.addEventListener('error', () => {
      for (const resolve of this.pending.values()) resolve(null);
      this.pending.clear();
    });
    this.send({ type: 'load', url: this.indexUrl });
  }

  /** Resolves with the answer, null when the search failed, or never when overtaken. */
  search(query: string, filters: SearchFilters, limit: number): Promise<Answer | null> {
    this.start();
    const id = ++this.next;
    // Older searches are dropped: only the newest keystroke's answer matters.
    this.pending.clear();
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ type: 'search', id, query, filters, limit, now: Date.now() });
    });
  }

  private send(message: ToWorker) {
    this.worker?.postMessage(message);
  }
}
