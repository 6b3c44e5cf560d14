// Phone numbers written in running text keep their left-to-right order in a right-to-left
// sentence. Without an isolate, the Unicode bidi algorithm draws "07400 123456" inside
// Arabic as "123456 07400", and "+48 512 345 678" as "678 345 512 48+" (translation review,
// 2026-11-30, AR-2): the example of what she must type would be wrong on screen.

const LRI = '\u2066';
const PDI = '\u2069';
/** A number written in groups: digits, then one or more space-separated digit groups. */
const GROUPED_NUMBER = /\+?\d+(?:[ \u00A0]\d+)+/g;

/**
 * The text with every grouped number ("07400 123456", "+48 512 345 678") wrapped in
 * LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE (UAX #9, X5a–X6a). Harmless in
 * left-to-right text; numbers already isolated are not wrapped twice.
 */
export function isolateNumbers(text: string): string {
  return text.replace(GROUPED_NUMBER, (number, offset: number) =>
    text[offset - 1] === LRI ? number : `${LRI}${number}${PDI}`,
  );
}
