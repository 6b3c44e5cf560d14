// Where a search on find/ starts and where it goes without entering a URL she visits
// (issues 14 and 19): a hand-off through the tab's sessionStorage (from the home page or
// the language switcher), or a shared link's query; and the link "Share" gives.
import { serialiseSearchState, type SearchState } from '../../lib/search/url-state';
import { encodeHandoff, HANDOFF_KEY, readHandoff } from '../../lib/safety/handoff';

/**
 * Hands the search to the same search in another language when she follows the language
 * switcher (links `.languages a[data-locale]` to a find/ page). Returns the way to stop.
 */
export function carryAcrossLanguages(state: SearchState): () => void {
  const onClick = (event: MouseEvent) => {
    const $link = (event.target as Element | null)?.closest?.('.languages a[data-locale]');
    if (!($link instanceof HTMLAnchorElement) || !$link.pathname.endsWith('/find/')) return;
    const fields = [...new URLSearchParams(serialiseSearchState(state))];
    if (fields.length === 0) return;
    try {
      sessionStorage.setItem(HANDOFF_KEY, encodeHandoff($link.href, fields).text);
    } catch {
      // Storage blocked: the other language opens with an empty search.
    }
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}

/**
 * The search she arrived with: a hand-off from the home page or the language switcher
 * (sessionStorage, read once) or a shared link's query (taken out of the address bar once
 * the search holds it); null when neither.
 */
export function takeStartingParams(): { params: URLSearchParams | null; handed: boolean } {
  let handed: URLSearchParams | null = null;
  try {
    handed = readHandoff(sessionStorage.getItem(HANDOFF_KEY), location.pathname);
    sessionStorage.removeItem(HANDOFF_KEY);
  } catch {
    // Storage blocked: there is no hand-off to read.
  }
  if (handed) return { params: handed, handed: true };
  return { params: location.search ? new URLSearchParams(location.search) : null, handed: false };
}

/** The link "Share" and the QR code give for this search (never visited by her). */
export function shareUrl(state: SearchState): string {
  return `${location.origin}${location.pathname}${serialiseSearchState(state)}`;
}
