// Words for the search index and the query, made the same way on both sides: text as
// typed on a plain keyboard, folded (src/lib/fold-text.ts), split into words (with the
// language's dictionary where words have no spaces between them: ./segment.ts), less the
// language's stop words (./stopwords.ts at build time; the index carries its language's
// list, so the table of every language stays out of the phone's search worker). So "Glasgów", "GLASGOW" and "glasgow" are one
// word, "ș" and "s" one letter, and "格拉斯哥住房" the same words as "住房 格拉斯哥".
import { foldText } from '../fold-text';
import { spaceWords } from './segment';

const NONE: ReadonlySet<string> = new Set();

// Anything that is not a letter or a digit separates words; Thai vowel signs and tone
// marks (kept by foldText) belong to their word.
const SEPARATORS = /[^\p{L}\p{N}\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+/u;

/**
 * The folded words of a text, in order, without empty strings or stop words.
 * `lang`: the index's language ("en", "zh"…), which picks the word dictionary; `stop`:
 * its stop words (stopwordsOf at build time, the index's `stopWords` on the phone). The
 * build and the engine must pass the same ones.
 */
export function tokenize(text: string, lang = 'en', stop: ReadonlySet<string> = NONE): string[] {
  return spaceWords(foldText(text), lang)
    .split(SEPARATORS)
    .filter((w) => w.length > 0 && !stop.has(w));
}
