// Words of languages written without spaces between them. "格拉斯哥住房" is two words
// (Glasgow, housing) with nothing between them, and Thai runs a whole phrase together; the
// browser's own dictionary (Intl.Segmenter, Unicode UAX #29 plus ICU's dictionaries for
// Chinese, Japanese, Thai, Lao, Khmer and Burmese) finds where they split.

// Scripts whose words need a dictionary to find. Text without them splits on spaces and
// punctuation as before, which is what the segmenter would do, only cheaper.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

// Making a segmenter loads ICU data and is far slower than using one, so one per language,
// kept for the page's life (per keystroke there is only segmenting).
const segmenters = new Map<string, Intl.Segmenter | null>();

function segmenterFor(lang: string): Intl.Segmenter | null {
  let segmenter = segmenters.get(lang);
  if (segmenter === undefined) {
    try {
      segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(lang, { granularity: 'word' }) : null;
    } catch {
      // An unknown language tag: the root locale's rules still know every script.
      segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/**
 * `text` with a space between the words of scripts written without spaces ("格拉斯哥的医院"
 * → "格拉 斯 哥 的 医院"), for splitting on spaces afterwards; other text unchanged.
 * `lang`: a BCP 47 tag or the site's language code ("zh", "th"). Where the browser has no
 * Intl.Segmenter (Firefox before 125), the text is returned as it is: such a phrase is
 * then one word, found by typing its start.
 */
export function spaceWords(text: string, lang: string): string {
  if (!UNSPACED.test(text)) return text;
  const segmenter = segmenterFor(lang);
  if (!segmenter) return text;
  let out = '';
  for (const s of segmenter.segment(text)) out += s.isWordLike ? ` ${s.segment} ` : ' ';
  return out;
}
