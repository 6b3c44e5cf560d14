// The search runs here, off the main thread, so typing never waits for it. A module
// worker from this site's own origin: allowed by a `worker-src 'self'` CSP.
import { SearchEngine } from '../../lib/search/engine';
import type { SearchIndexData } from '../../lib/search/index-data';
import type { FromWorker, ToWorker } from '../../lib/search/messages';
import type { SearchService } from '../../lib/search/index-data';

let engine: Promise<SearchEngine> | null = null;
/** The moment of the search being answered, as the page told it. */
let now = Date.now();
/** "Open now", loaded with the first search that asks for it. */
let isOpen: ((s: SearchService, now: Date) => boolean) | null = null;

async function load(url: string): Promise<SearchEngine> {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  // "Open now" is judged at the moment of each search, by the phone's clock.
  return new SearchEngine((await response.json()) as SearchIndexData, (s) => isOpen?.(s, new Date(now)) ?? true);
}

const reply = (message: FromWorker) => postMessage(message);

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'load') {
    engine ??= load(message.url);
    // A failed load can be retried by the next message.
    engine.catch(() => (engine = null));
    return;
  }
  const { id, query, filters, limit } = message;
  now = message.now;
  const ready = filters.openNow && !isOpen
    ? import('../../lib/hours/open-now-scotland').then((m) => void (isOpen = m.openNowInScotland))
    : Promise.resolve();
  Promise.all([engine ?? Promise.reject(new Error('search index not loaded')), ready])
    .then(([e]) => {
      const { services, total } = e.search(query, filters, limit);
      reply({ type: 'results', id, services, total });
    })
    .catch(() => reply({ type: 'error', id }));
});
