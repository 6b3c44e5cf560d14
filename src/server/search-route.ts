// Which requests the server's search answers (issue 19). The forms post to find/ itself,
// so the address she sees (and the History keeps) is the neutral find/ with no words in
// it; a shared find/?q=… link is answered the same way, so it works without JavaScript
// too. Everything else about find/ stays the built page. Runs under Node's own type
// stripping (no build step), like serve.ts.

/** The on-demand page that renders a search (src/pages/[...lang]/find/results.astro). */
const RESULTS = 'find/results/';
/** The fields of a search (src/lib/search/url-state.ts and the postcode box). */
const SEARCH_FIELDS = ['q', 'region', 'area', 'need', 'kind', 'free', 'language', 'open', 'postcode'];

/**
 * The request target for `method` and `url` ("/ro/find/?q=casa"): a POST to a language's
 * find/, or a GET or HEAD of it with a search field in its query, goes to that language's
 * results page (the query kept for a GET, dropped for a POST, whose fields are its body);
 * anything else is returned as it came. `locales`: the language codes with a prefix.
 */
export function toSearchPage(method: string | undefined, url: string, locales: readonly string[]): string {
  const [path = '', query = ''] = url.split(/\?(.*)/s, 2);
  const match = /^\/(?:([a-z]{2,3})\/)?find\/$/.exec(path);
  if (!match || (match[1] !== undefined && !locales.includes(match[1]))) return url;
  const page = `${path}${RESULTS.slice('find/'.length)}`;
  if (method === 'POST') return page;
  if (method !== 'GET' && method !== 'HEAD') return url;
  const fields = new URLSearchParams(query);
  return SEARCH_FIELDS.some((f) => fields.has(f)) ? `${page}?${query}` : url;
}
