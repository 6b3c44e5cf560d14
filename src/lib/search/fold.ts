// Words for the search index and the query: folded the same way (src/lib/fold-text.ts),
// so "Glasgów", "GLASGOW" and "glasgow" are one word, and so are "ș" and "s".
import { foldText } from '../fold-text';

// Anything that is not a letter or a digit separates words.
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** The folded words of a text, in order, without empty strings. */
export function tokenize(text: string): string[] {
  return foldText(text).split(SEPARATORS).filter((w) => w.length > 0);
}
