import { normaliseTyped } from './typed-text';

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
// Arabic letters people write interchangeably, unified as Lucene's ArabicNormalizer and
// Larkey et al.'s "light" Arabic stemming do: alef wasla ٱ → ا (أ إ آ already become ا
// once NFD drops their hamza or madda), alef maqsura ى → ي, teh marbuta ة → ه; and the
// Persian-keyboard forms ی → ي, ک → ك. So "مستشفى"/"مستشفي" and "إقامة"/"اقامه" match.
const ARABIC_VARIANTS: Record<string, string> = {
  '\u0671': '\u0627',
  '\u0649': '\u064a',
  '\u0629': '\u0647',
  '\u06cc': '\u064a',
  '\u06a9': '\u0643',
};
const ARABIC_VARIANTS_RE = new RegExp(`[${Object.keys(ARABIC_VARIANTS).join('')}]`, 'g');
// Combining marks drop like accents, except Thai vowel signs and tone marks (U+0E31,
// U+0E34–U+0E3A, U+0E47–U+0E4E): they are letters of a Thai word, not optional, and
// without them a word segmented out of a phrase ("ที่") shrinks to one consonant that
// starts hundreds of words.
const DROPPED_MARKS = /(?![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])\p{M}/gu;
// Apostrophes join a word ("Women's" → "womens", "Bo'ness" → "boness") rather than split it.
const APOSTROPHES = /['’`ʼ]/g;

/**
 * Text folded for matching: as typed on a plain keyboard (normaliseTyped: NFKC, no
 * invisible characters or tatweel), lower case, without accents or diacritics, so
 * "Română", "romana" and "ROMÂNĂ" match, as do "Łódź"/"lodz", "Đà Nẵng"/"da nang" and
 * "ＧＰ"/"gp". Both the query and what it is matched against must be folded. Romanian
 * ș/ş and ț/ţ (comma and cedilla forms) both fold to s and t. Letters of scripts without
 * case (Chinese, Arabic, Thai) are kept; Arabic short vowels drop like accents and Arabic
 * letter variants are unified (ARABIC_VARIANTS); Thai marks stay. Apostrophes go, so
 * "women's" matches "womens". Folded text is for matching only, never for display.
 */
export function foldText(text: string): string {
  return normaliseTyped(text)
    .normalize('NFD')
    .replace(DROPPED_MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_RE, (ch) => UNDECOMPOSED[ch]!)
    .replace(ARABIC_VARIANTS_RE, (ch) => ARABIC_VARIANTS[ch]!)
    .replace(APOSTROPHES, '')
    .normalize('NFC');
}
