// Addresses that name no topic (issue 14). The browser's History list and address-bar
// suggestions keep every URL she visits, so a service or need page cannot live at
// /services/glasgow-and-clyde-rape-crisis/: it lives at /services/<neutral id>/, and the
// old address redirects there (src/server/legacy-redirects.ts, `_redirects`), so shared
// links and QR codes keep working.

/**
 * The neutral id of a content id: 8 characters [0-9a-z], the same in every build and in
 * the browser (a 53-bit string hash, "cyrb53" by bryc, public domain). It is not a secret:
 * it only keeps the topic out of the address. Two ids that meet on one neutral id fail
 * the build (see assertNeutralIdsUnique).
 */
export function neutralId(id: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return hash.toString(36).padStart(11, '0').slice(-8);
}

/** A service page's path within its language root: "services/<neutral id>/". */
export const servicePath = (id: string): string => `services/${neutralId(id)}/`;

/** A need page's path within its language root: "needs/<neutral id>/". */
export const needPath = (id: string): string => `needs/${neutralId(id)}/`;

/** Throws, naming both ids, if two content ids share a neutral id. */
export function assertNeutralIdsUnique(ids: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const id of ids) {
    const code = neutralId(id);
    const other = seen.get(code);
    if (other !== undefined && other !== id) throw new Error(`"${id}" and "${other}" have the same neutral id ${code}: rename one`);
    seen.set(code, id);
  }
}

/**
 * The old, topic-naming paths and where they now live, for every language root given
 * ("" for the default language, "ro/" …): [from, to] pairs of site paths.
 */
export function legacyRedirects(roots: readonly string[], serviceIds: readonly string[], needIds: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const root of roots) {
    for (const id of serviceIds) pairs.push([`/${root}services/${id}/`, `/${root}${servicePath(id)}`]);
    for (const id of needIds) pairs.push([`/${root}needs/${id}/`, `/${root}${needPath(id)}`]);
  }
  return pairs;
}
