// Messages between the find page and its search worker.
import type { SearchFilters } from './filters';
import type { SearchService } from './index-data';

export type ToWorker =
  | { type: 'load'; url: string }
  | { type: 'search'; id: number; query: string; filters: SearchFilters; limit: number };

export type FromWorker =
  | { type: 'results'; id: number; services: SearchService[]; total: number }
  | { type: 'error'; id: number };
