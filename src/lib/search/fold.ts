// Accent- and case-insensitive matching: the index and the query are folded the same way,
// so "Glasgów", "GLASGOW" and "glasgow" are one word, and so are "ș" and "s".

// Letters that Unicode does not decompose into a base letter plus a mark.
const SPECIAL: Record<string, string> = {
  ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', þ: 'th', ð: 'd',
};
const SPECIAL_RE = /[łđøæœßıþð]/g;
// Apostrophes join a word ("Women's" → "womens", "Bo'ness" → "boness") rather than split it.
const APOSTROPHES = /['’`ʼ]/g;
const MARKS = /\p{M}+/gu;
// Anything that is not a letter or a digit separates words.
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** Lower case, no accents or other combining marks, no apostrophes. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .replace(APOSTROPHES, '');
}

/** The folded words of a text, in order, without empty strings. */
export function tokenize(text: string): string[] {
  return foldText(text).split(SEPARATORS).filter((w) => w.length > 0);
}
