// Text as a phone's keyboard may send it, made comparable before any matching: a Chinese
// or Japanese keyboard types full-width letters ("ＧＰ", "ＥＨ６"), an Arabic one may stretch
// words with tatweel ("ســكن") or type Eastern Arabic digits ("١١١"), and text pasted from
// a message carries invisible characters. Issue 19, part 1.

// Invisible format characters (Unicode category Cf): zero-width space, non-joiner and
// joiner (U+200B–U+200D), word joiner (U+2060), byte order mark (U+FEFF), direction marks
// and the soft hyphen. None changes what a word says, so all go, inside words too.
const INVISIBLE = /\p{Cf}+/gu;
// Arabic tatweel (kashida) only stretches a word for looks.
const TATWEEL = /\u0640+/g;
// Arabic-Indic (U+0660…) and Persian (U+06F0…) digits, which NFKC leaves alone.
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * The same text as a plain keyboard would have typed it: Unicode NFKC (full-width and
 * other compatibility forms → ordinary letters and digits, "ＧＰ" → "GP", Arabic
 * presentation forms → letters), invisible format characters and Arabic tatweel removed,
 * Eastern Arabic digits → 0–9. Case and accents are kept (see foldText for those).
 */
export function normaliseTyped(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(TATWEEL, '')
    .replace(EASTERN_DIGITS, (d) => String(d.charCodeAt(0) - (d >= '\u06F0' ? 0x06f0 : 0x0660)));
}
