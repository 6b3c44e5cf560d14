// The search runs here, off the main thread, so typing never waits for it. A module
// worker from this site's own origin: allowed by a `worker-src 'self'` CSP.
import { SearchEngine } from '../../lib/search/engine';
import type { SearchIndexData } from '../../lib/search/index-data';
import type { FromWorker, ToWorker } from '../../lib/search/messages';
import holidays from 'virtual:pathway/bank-holidays';
import { openNow } from '../../lib/hours/open-now';

let engine: Promise<SearchEngine> | null = null;
/** The moment of the search being answered, as the page told it. */
let now = Date.now();

async function load(url: string): Promise<SearchEngine> {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  // "Open now" is judged at the moment of each search, by the phone's clock.
  return new SearchEngine((await response.json()) as SearchIndexData, (s) => openNow(s, holidays, new Date(now)));
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
  (engine ?? Promise.reject(new Error('search index not loaded')))
    .then((e) => {
      const { services, total } = e.search(query, filters, limit);
      reply({ type: 'results', id, services, total });
    })
    .catch(() => reply({ type: 'error', id }));
});
