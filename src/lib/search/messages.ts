// Messages between the find page and its search worker.
import type { SearchFilters } from './filters';
import type { SearchService } from './index-data';

export type ToWorker =
  | { type: 'load'; url: string }
  /** `now`: the page's clock (ms since 1970) for "open now"; the page's time is the one she sees. */
  | { type: 'search'; id: number; query: string; filters: SearchFilters; limit: number; now: number };

export type FromWorker =
  | { type: 'results'; id: number; services: SearchService[]; total: number }
  | { type: 'error'; id: number };
