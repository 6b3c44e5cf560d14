/**
 * A stand-in passed to t() for a value that needs markup of its own (an English name
 * inside a translated sentence needs `lang="en"`): the sentence is translated whole,
 * with word order the language's own, then split around the stand-in.
 * U+E000 is a private-use character, so no translation or content ever contains it.
 */
export const MARKER = '\uE000';

/** The text before and after the marker. Throws if the marker is not there exactly once. */
export function splitAtMarker(text: string): [string, string] {
  const parts = text.split(MARKER);
  if (parts.length !== 2) {
    throw new Error(`splitAtMarker: expected the marker exactly once in "${text.replaceAll(MARKER, '<MARKER>')}"; did the translation drop its {{placeholder}}?`);
  }
  return [parts[0]!, parts[1]!];
}
