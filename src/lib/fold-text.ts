// Letters that Unicode does not decompose into a base letter plus marks, so NFD alone
// leaves them: Polish ł, Vietnamese đ, and a few others a search box may meet.
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const UNDECOMPOSED_RE = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');
// Apostrophes join a word ("Women's" → "womens", "Bo'ness" → "boness") rather than split it.
const APOSTROPHES = /['’`ʼ]/g;

/**
 * Text folded for matching: lower case, without accents or diacritics, so "Română",
 * "romana" and "ROMÂNĂ" match, as do "Łódź"/"lodz" and "Đà Nẵng"/"da nang". Both the
 * query and what it is matched against must be folded. Romanian ș/ş and ț/ţ (comma and
 * cedilla forms) both fold to s and t. Letters of scripts without case (Chinese, Arabic,
 * Thai) are kept; their combining marks (Arabic short vowels, Thai vowel and tone marks)
 * drop like accents. Apostrophes go, so "women's" matches "womens". Folded text is for
 * matching only, never for display.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_RE, (ch) => UNDECOMPOSED[ch]!)
    .replace(APOSTROPHES, '')
    .normalize('NFC');
}
