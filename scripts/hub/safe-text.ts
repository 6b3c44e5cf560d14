// What the hub prints must not act on the coordinator's terminal or spreadsheet (issue
// 17 G): requests stored before the form refused them may hold C1 controls (U+009B starts
// a terminal command) or bidi overrides (U+202E reverses what follows). Every control or
// format character but "\n" and the zero-width joiners (emoji) is shown, never passed on.

const HIDDEN = /(?![\n\u200C\u200D])[\p{Cc}\p{Cf}]/gu;

const hex = (code: number, digits: number) => code.toString(16).toUpperCase().padStart(digits, '0');

/** `text` with each control or format character but "\n" written as "[U+202E]". */
export function visible(text: string): string {
  return text.replace(HIDDEN, (c) => `[U+${hex(c.codePointAt(0)!, 4)}]`);
}

/**
 * JSON (indented by `indent`, 0 for one line) with those characters as \u escapes: the
 * same data for a program that reads it, nothing a terminal acts on.
 */
export function safeJson(value: unknown, indent = 2): string {
  const text = JSON.stringify(value, null, indent);
  // JSON.stringify already escapes C0 controls inside strings; the "\n" left are its own indentation.
  return text.replace(HIDDEN, (c) => c.split('').map((unit) => `\\u${hex(unit.charCodeAt(0), 4).toLowerCase()}`).join(''));
}
