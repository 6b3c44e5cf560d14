// How the offline worker reads a page address, the same way the server answers it
// (issue 15): a path without its trailing slash is the page with it, and an old address
// that names a service or need (/services/breathing-space/) is its neutral one
// (src/lib/neutral-path.ts, as the server's 301s from `_redirects`). The query and the
// fragment never choose a page.
import { neutralId } from './neutral-path';

const NEUTRAL = /^[0-9a-z]{8}$/;
const HAS_EXTENSION = /\.[a-z0-9]+$/i;

/**
 * The page path a request path stands for: "/regions/glasgow" → "/regions/glasgow/",
 * "/ro/services/breathing-space" → "/ro/services/<neutral id>/". A path with a file
 * extension ("/find/index.json") is returned as it is.
 */
export function canonicalPagePath(pathname: string, locales: readonly string[]): string {
  if (HAS_EXTENSION.test(pathname)) return pathname;
  const parts = pathname.split('/').filter(Boolean);
  const at = parts[0] && locales.includes(parts[0]) ? 1 : 0;
  const kind = parts[at];
  const id = parts[at + 1];
  if ((kind === 'services' || kind === 'needs') && id && parts.length === at + 2 && !NEUTRAL.test(id)) {
    parts[at + 1] = neutralId(id);
  }
  return `/${parts.join('/')}${parts.length > 0 ? '/' : ''}`;
}
