// Reads a request body, giving up as soon as it passes the limit, so a huge body costs
// at most `limit` bytes of memory whatever its Content-Length says.

export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

// The node adapter has a body limit of its own (astro.config.mjs, bodySizeLimit) and,
// reading ahead of us, can break the stream with it before our count passes ours.
const ADAPTER_LIMIT = /body size limit/i;

/**
 * The body as UTF-8 text. Throws BodyTooLargeError past `limit` bytes (declared, counted,
 * or the adapter's own limit breaking the stream), TypeError when it is not UTF-8, and
 * whatever the stream threw for any other failure (a client that hung up).
 */
export async function readBody(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch (error) {
      if (error instanceof Error && ADAPTER_LIMIT.test(error.message)) throw new BodyTooLargeError();
      throw error;
    }
    if (next.done) break;
    total += next.value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLargeError();
    }
    chunks.push(next.value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  // fatal: a body that is not UTF-8 is refused rather than silently mangled.
  return new TextDecoder('utf-8', { fatal: true }).decode(body);
}
