// A search sent without JavaScript (issue 19): the form's fields → the state, the
// postcode's answer and the results, worked out by the same engine the phone runs.
// Pure: the server route (src/pages/[...lang]/find/results.astro) gives it the engine and
// the district table, and neither logs nor keeps anything of it.
import type { SearchEngine, SearchResult } from './engine';
import { councilAreaId } from './filters';
import { isActiveSearch, parseSearchState, type SearchState } from './url-state';
import { lookupPostcode, type PostcodeLookup, type PostcodeTable } from '../geo/postcode';

/** What the server's page shows: the form as she sent it, the postcode's answer, results. */
export interface ServedSearch {
  state: SearchState;
  /** The postcode as she typed it (at most 24 characters), or "". */
  postcode: string;
  /** Its answer, or null when no postcode was sent. */
  answer: PostcodeLookup | null;
  /** The council area name the postcode gave, or she chose among its areas. */
  chosen: string | null;
  result: SearchResult;
}

const MAX_POSTCODE = 24;
/**
 * The id of the server's results heading. The forms post to find/#<this>, so without
 * JavaScript the answer opens at the results, not at the top of the page again.
 */
export const SERVED_RESULTS = 'served-results-heading';

/**
 * `fields`: the form's fields (a POST body or a shared link's query): q, region, area,
 * need, kind, free, language, open (url-state.ts), postcode and postcode-area (the area
 * she picked when a district spans several). Unknown or bad values are dropped, never
 * thrown on. A postcode that gives one area, or an area she picked, sets the area filter.
 */
export function serveSearch(fields: URLSearchParams, engine: SearchEngine, table: PostcodeTable, limit = 50): ServedSearch {
  const state = parseSearchState(fields);
  const postcode = (fields.get('postcode') ?? '').slice(0, MAX_POSTCODE).trim();
  let answer: PostcodeLookup | null = null;
  let chosen: string | null = null;
  if (postcode) {
    answer = lookupPostcode(postcode, table);
    if (answer.kind === 'found') {
      const picked = fields.get('postcode-area');
      chosen = answer.areas.length === 1 ? answer.areas[0]! : answer.areas.find((a) => a === picked) ?? null;
    }
    if (chosen) state.area = councilAreaId(chosen);
  }
  const { q, ...filters } = state;
  const result = isActiveSearch(state) ? engine.search(q, filters, limit) : { services: [], total: 0 };
  return { state, postcode, answer, chosen, result };
}
