// The security headers every response of Pathway carries, in one place: the server
// wrapper (src/server/serve.ts), the static-host file (public/_headers, checked by a
// unit test) and the CSP <meta> (astro.config.mjs) all read them from here.

/** CSP directives for every page besides script-src and style-src, which Astro writes
 *  with the hashes of each page's own inline scripts and styles. Nothing from another host. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
] as const;

/** Directives browsers ignore in a <meta> policy, so only the header can carry them. */
export const CSP_HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** Headers that are the same on every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Headers that only mean something on a document (a page, an SVG image, the worker's
 * script): a script, stylesheet or JSON file gets the others only, since a full policy on
 * every small response was 35–45 % of a page load's bytes (issue 15).
 */
export const DOCUMENT_ONLY_HEADERS: readonly string[] = [
  'Permissions-Policy', 'X-Frame-Options', 'Cross-Origin-Opener-Policy', 'Content-Security-Policy',
];

/** File types that are never a document: no CSP or other document-only header. */
const SUBRESOURCE = /\.(?:m?js|css|json|webmanifest|png|jpe?g|webp|ico|woff2?|txt|map|br|gz)$/i;

/** Whether a request path is answered with a document (anything but a known subresource;
 *  the service worker's script keeps its policy, which governs the worker). */
export function isDocumentPath(path: string): boolean {
  const pathname = path.split(/[?#]/, 1)[0] ?? '/';
  return pathname === '/sw.js' || !SUBRESOURCE.test(pathname);
}

/** Open data that other sites' pages may read (HSDS, issue 15): CORS for it alone. */
export function isOpenDataPath(path: string): boolean {
  return path.startsWith('/hsds/');
}

/** A policy's directives by name, each with its sources ("script-src" → ["'self'", …]). */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    // As in browsers, a repeated directive is ignored after its first appearance.
    if (!out.has(key)) out.set(key, sources);
  }
  return out;
}

export function serializeCsp(policy: Map<string, string[]>): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** One policy allowing what any of the given policies allows (sources unioned per
 *  directive): for a static host that can send only one policy for every page. */
export function unionCsp(policies: readonly string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parseCsp(policy)) {
      const list = merged.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      merged.set(name, list);
    }
  }
  return serializeCsp(merged);
}

/** The header policy for a page whose <meta> policy is `metaPolicy`. */
export function headerCsp(metaPolicy: string): string {
  const policy = parseCsp(metaPolicy);
  for (const d of CSP_HEADER_ONLY_DIRECTIVES) {
    const [name, ...sources] = d.split(' ');
    policy.set(name!, sources);
  }
  return serializeCsp(policy);
}
