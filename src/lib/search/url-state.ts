// The search's state lives in the page's query string so that a shared link shows the
// same results: find/?q=…&region=…&area=…&need=…&kind=…&free=1&language=1&open=1.
import { COUNCIL_AREA_IDS, hasFilters, isHubRegion, isKind, isNeed, type SearchFilters } from './filters';

export interface SearchState extends SearchFilters {
  q: string;
}

const MAX_QUERY = 200;

/** Reads a query string; values that are not known ids are dropped, never thrown on. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const get = (k: string) => (p.get(k) ?? '').trim();
  const state: SearchState = { q: get('q').slice(0, MAX_QUERY) };
  const region = get('region');
  if (isHubRegion(region)) state.region = region;
  const area = get('area');
  if (COUNCIL_AREA_IDS.includes(area)) state.area = area;
  const need = get('need');
  if (isNeed(need)) state.need = need;
  const kind = get('kind');
  if (isKind(kind)) state.kind = kind;
  if (get('free') === '1') state.free = true;
  if (get('language') === '1') state.language = true;
  if (get('open') === '1') state.openNow = true;
  return state;
}

/** The query string for a state ("" when empty), keys always in the same order. */
export function serialiseSearchState(state: SearchState): string {
  const p = new URLSearchParams();
  const q = state.q.trim();
  if (q) p.set('q', q);
  if (state.region) p.set('region', state.region);
  if (state.area) p.set('area', state.area);
  if (state.need) p.set('need', state.need);
  if (state.kind) p.set('kind', state.kind);
  if (state.free) p.set('free', '1');
  if (state.language) p.set('language', '1');
  if (state.openNow) p.set('open', '1');
  const text = p.toString();
  return text ? `?${text}` : '';
}

/**
 * Whether a state asks for results: two characters or more, or any filter. One letter
 * waits for the next keystroke; on the phone and on the server alike.
 */
export function isActiveSearch(state: SearchState): boolean {
  return state.q.trim().length >= 2 || hasFilters(state);
}
