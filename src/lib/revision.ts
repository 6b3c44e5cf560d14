// A stored file's revision is a hash of its content, so the offline worker can check that
// what it stores is what the build listed (issue 15): a worker installing while the server
// already serves the next version, or after a rollback, must not keep one version's page
// under another's revision. WebCrypto, so the build (Node) and the worker share the code.

/** Hex characters kept of the SHA-256: 128 bits, far past any accidental match. */
export const REVISION_LENGTH = 32;

/** The revision of a file's bytes: the first 32 hex characters of its SHA-256. */
export async function contentRevision(bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, REVISION_LENGTH);
}

/** Whether a response's body is the one `revision` names; a null revision (a file whose
 *  name carries its hash, such as /_astro/…) is not checked here. */
export async function matchesRevision(response: Response, revision: string | null): Promise<boolean> {
  if (revision === null) return true;
  return (await contentRevision(await response.clone().arrayBuffer())) === revision;
}
