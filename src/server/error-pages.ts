// Every error a browser can meet is a Pathway page with the quick exit, its language and
// a way on (issue 14): never a bare "Bad request." The built error page of each language
// (src/pages/[...lang]/error.astro) replaces any error answer that is not already a page
// (HTML) or, for JSON clients of the endpoint, JSON. Runs under Node's type stripping.
import { readFileSync } from 'node:fs';
import { STATUS_CODES, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { NodeHandler, PagePolicies } from './security-headers.ts';

/** One language's error page: its HTML and the CSP the build collected for it. */
export interface ErrorPage {
  readonly body: Buffer;
  readonly csp: string;
}

/** The built error pages by language code ("en", "ar"…), the default one first. */
export type ErrorPages = ReadonlyMap<string, ErrorPage>;

/**
 * Reads `<client>/error/index.html` and `<client>/<lang>/error/index.html` for every
 * language in `locales`. Throws, naming the file, when one is missing: a server that
 * cannot show its error page should not start.
 */
export function loadErrorPages(client: string, locales: readonly string[], defaultLocale: string, policies: PagePolicies): ErrorPages {
  const pages = new Map<string, ErrorPage>();
  for (const lang of [defaultLocale, ...locales.filter((l) => l !== defaultLocale)]) {
    const path = lang === defaultLocale ? '/error/' : `/${lang}/error/`;
    const file = join(client, path, 'index.html');
    pages.set(lang, { body: readFileSync(file), csp: policies.pages[path] ?? policies.fallback });
  }
  return pages;
}

/** The language of a request path ("/ar/x" → "ar"), or the default one. */
export function errorPageFor(pages: ErrorPages, url: string): ErrorPage {
  const first = url.split(/[/?#]/)[1] ?? '';
  return pages.get(first) ?? pages.values().next().value!;
}

const HTML = /^\s*text\/html\b/i;
const JSON_TYPE = /^\s*application\/(?:[\w.+-]*\+)?json\b/i;

/** JSON for a client of the API that did not ask for HTML; a page for everyone else. */
function wantsJson(req: IncomingMessage): boolean {
  return (req.url ?? '').startsWith('/api/') && !/text\/html/i.test(req.headers.accept ?? '');
}

function headerType(headers: unknown): string {
  if (!headers || typeof headers !== 'object') return '';
  for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) {
    if (name.toLowerCase() === 'content-type') return String(value);
  }
  return '';
}

/**
 * Wraps a handler so that an error status (400 or more) that is not already HTML is sent
 * as the error page of the path's language, unless a client of the API (a path under
 * /api/ without text/html in Accept) is asking: it keeps a JSON answer, and gets
 * `{ error, message }` JSON for anything else. Works whichever way the inner handler
 * writes: writeHead with headers, or statusCode with write/end.
 */
export function withErrorPages(handler: NodeHandler, pages: ErrorPages): NodeHandler {
  return (req, res) => {
    const writeHead = res.writeHead;
    const write = res.write;
    const end = res.end;
    let replacement: { body: Buffer; headers: OutgoingHttpHeaders } | null = null;
    let decided = false;
    const decide = (status: number, type: string) => {
      if (decided) return;
      decided = true;
      if (status < 400 || HTML.test(type)) return;
      if (wantsJson(req)) {
        if (JSON_TYPE.test(type)) return;
        const body = Buffer.from(JSON.stringify({ error: `http-${status}`, message: STATUS_CODES[status] ?? 'Error' }));
        replacement = { body, headers: { 'content-type': 'application/json; charset=utf-8' } };
      } else {
        const page = errorPageFor(pages, req.url ?? '/');
        replacement = { body: page.body, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': page.csp } };
      }
    };
    const sendHead = (status: number) => {
      for (const name of ['content-type', 'content-length', 'content-encoding', 'etag', 'last-modified']) res.removeHeader(name);
      return writeHead.call(res, status, { ...replacement!.headers, 'content-length': replacement!.body.length, 'cache-control': 'no-store' });
    };
    res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
      decide(status, headerType(rest.find((r) => typeof r === 'object')) || String(res.getHeader('content-type') ?? ''));
      if (!replacement) return (writeHead as (...a: unknown[]) => ServerResponse).call(res, status, ...rest);
      return sendHead(status);
    } as ServerResponse['writeHead'];
    res.write = function (this: ServerResponse, ...args: unknown[]) {
      if (!res.headersSent) decide(res.statusCode, String(res.getHeader('content-type') ?? ''));
      if (!replacement) return (write as (...a: unknown[]) => boolean).apply(res, args);
      if (!res.headersSent) sendHead(res.statusCode);
      const callback = args.find((a) => typeof a === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    } as ServerResponse['write'];
    res.end = function (this: ServerResponse, ...args: unknown[]) {
      if (!res.headersSent) decide(res.statusCode, String(res.getHeader('content-type') ?? ''));
      if (!replacement) return (end as (...a: unknown[]) => ServerResponse).apply(res, args);
      if (!res.headersSent) sendHead(res.statusCode);
      const callback = args.find((a) => typeof a === 'function') as (() => void) | undefined;
      const body = req.method === 'HEAD' ? '' : replacement.body;
      return (end as (chunk: unknown, cb?: () => void) => ServerResponse).call(res, body, callback);
    } as ServerResponse['end'];
    handler(req, res);
  };
}

/**
 * The request target with a query that cannot be decoded dropped ("/find?q=caf%E9",
 * "/x?ref=50%off"): Pathway's pages are static, so the server never needs the query, and
 * the router refuses a malformed one with a bare 400. The path is kept as it is.
 */
export function withoutBrokenQuery(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  try {
    decodeURIComponent(url.slice(at + 1).replaceAll('+', ' '));
    return url;
  } catch {
    return url.slice(0, at);
  }
}
