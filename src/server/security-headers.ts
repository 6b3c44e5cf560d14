// Sets Pathway's security headers on every response of the node server, static files
// included: the standalone server of @astrojs/node cannot add headers to those.
// Runs under Node's own type stripping (no build step), hence the .ts import paths.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DOCUMENT_ONLY_HEADERS, SECURITY_HEADERS, isDocumentPath, isOpenDataPath } from '../lib/safety/headers.ts';

/** Per-page policies, written by the build (src/safety/headers-integration.ts). */
export interface PagePolicies {
  pages: Record<string, string>;
  fallback: string;
}

/** The CSP for a request path: the page's own, else one that allows what any page does. */
export function policyFor(policies: PagePolicies, url: string): string {
  let path = url.split(/[?#]/, 1)[0] ?? '/';
  try {
    path = decodeURI(path);
  } catch {
    // A malformed path answers with an error page; the fallback policy covers it.
  }
  return policies.pages[path] ?? policies.pages[`${path}/`] ?? policies.fallback;
}

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Wraps any node request handler so its every response carries the security headers:
 * documents all of them, subresources (scripts, styles, JSON) those that apply to them.
 * The open data (/hsds/) may be read by other sites' pages.
 */
export function withSecurityHeaders(handler: NodeHandler, policies: PagePolicies): NodeHandler {
  return (req, res) => {
    const url = req.url ?? '/';
    const document = isDocumentPath(url);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (document || !DOCUMENT_ONLY_HEADERS.includes(name)) res.setHeader(name, value);
    }
    if (document) res.setHeader('Content-Security-Policy', policyFor(policies, url));
    if (isOpenDataPath(url)) res.setHeader('Access-Control-Allow-Origin', '*');
    handler(req, res);
  };
}
