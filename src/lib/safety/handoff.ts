// Search words travel from one page to the next without entering a URL (issue 14): the
// browser's History list and address-bar suggestions keep every URL she visits, so a
// form marked `data-history-private` (the home page's search and postcode boxes) hands its
// fields to the next page through sessionStorage, which that page reads once and deletes.
// sessionStorage lives only as long as the tab and "Forget this device" clears it.

/** The sessionStorage key of a hand-off. */
export const HANDOFF_KEY = 'pathway-handoff';

/** What a private form leaves for the page it opens: that page's path and the fields. */
export interface Handoff {
  readonly path: string;
  readonly fields: readonly (readonly [string, string])[];
}

/** The text to store for a form sent to `url` (the action, its query ignored). */
export function encodeHandoff(url: string, fields: Handoff['fields']): { path: string; text: string } {
  const path = new URL(url).pathname;
  return { path, text: JSON.stringify({ path, fields } satisfies Handoff) };
}

/**
 * The fields left for the page at `pathname`, or null: nothing stored, stored for another
 * page, or not a hand-off at all (never thrown on: the text comes from storage).
 */
export function readHandoff(text: string | null, pathname: string): URLSearchParams | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Handoff>;
    if (value.path !== pathname || !Array.isArray(value.fields)) return null;
    const pairs = value.fields.filter((f): f is [string, string] => Array.isArray(f) && typeof f[0] === 'string' && typeof f[1] === 'string');
    return new URLSearchParams(pairs);
  } catch {
    return null;
  }
}
