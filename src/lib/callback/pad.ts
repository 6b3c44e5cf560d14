// Every sealed request has the same length, so its size says nothing about what she
// wrote. ISO/IEC 7816-4 padding (one 0x80 byte, then zeros) is unambiguous to remove.

/** The one plaintext size; request limits keep every valid request well inside it. */
export const BUCKET_BYTES = 4096;

export class PaddingError extends Error {
  override name = 'PaddingError';
}

export function pad(data: Uint8Array, bucket = BUCKET_BYTES): Uint8Array {
  if (data.byteLength + 1 > bucket) {
    throw new PaddingError(`The request is ${data.byteLength} bytes; at most ${bucket - 1} fit in one bucket.`);
  }
  const out = new Uint8Array(bucket);
  out.set(data);
  out[data.byteLength] = 0x80;
  return out;
}

export function unpad(padded: Uint8Array): Uint8Array {
  let end = padded.byteLength - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (end < 0 || padded[end] !== 0x80) throw new PaddingError('The padding is damaged.');
  return padded.subarray(0, end);
}
