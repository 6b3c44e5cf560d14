// "Where am I?": a full postcode or its first half → the Scottish council areas of its
// district, from the table bundled with the site (content/postcode-districts.json). No
// location services, no request. Bad input gives a result saying so, never an exception.
import { normaliseTyped } from '../typed-text';

export interface PostcodeTable {
  /** District ("G1", "EH6") → Scottish council area names. */
  districts: Record<string, readonly string[]>;
  /** Districts that also cover part of England. */
  crossBorder: readonly string[];
}

export interface ParsedPostcode {
  /** The district (outward code), e.g. "PA1". */
  district: string;
  /** When the input could also be read as a district plus a sector ("EH65" → "EH6"). */
  alternative?: string;
}

export type PostcodeLookup =
  | { kind: 'empty' }
  | { kind: 'malformed' }
  /** Well formed, but not a Scottish district in the table (an English postcode, say). */
  | { kind: 'unknown'; district: string }
  | { kind: 'found'; district: string; areas: readonly string[]; crossBorder: boolean };

const DISTRICT = /^[A-Z]{1,2}[0-9][0-9A-Z]?$/;
// The second half as far as she typed it: "1", "1A" or "1AA".
const INWARD = /^[0-9](?:[A-Z]{1,2})?$/;
const MAX_LENGTH = 12;

// Letters and digits that look alike, swapped only where the postcode format allows just
// one kind (Royal Mail's Programmers' Guide to the PAF): she may type "G2 OQT" for
// G2 0QT or "EH1O" for EH10.
const AS_DIGIT: Record<string, string> = { O: '0', I: '1' };
const AS_LETTER: Record<string, string> = { '0': 'O', '1': 'I' };
const digit = (c: string) => AS_DIGIT[c] ?? c;
const letter = (c: string) => AS_LETTER[c] ?? c;

/**
 * The outward code (district) read with look-alikes fixed, or null. Its shape is one or
 * two area letters, a district digit, then an optional digit or letter. The first
 * character is a letter. A second-place I is a digit: I is never an area's second letter.
 * A second-place O is a letter when a digit follows (PO1, SO14), else a digit. After the
 * district digit, O and I are digits: the final letter of A9A/AA9A districts is never O
 * or I.
 */
function readOutward(code: string): string | null {
  if (code.length < 2 || code.length > 4) return null;
  const c = [...code];
  c[0] = letter(c[0]!);
  const secondIsLetter = /[A-Z]/.test(c[1]!) && c[1] !== 'I' && (c[1] !== 'O' || /[0-9OI]/.test(c[2] ?? ''));
  const digitAt = secondIsLetter ? 2 : 1;
  for (let i = digitAt; i < c.length; i++) c[i] = digit(c[i]!);
  const out = c.join('');
  return DISTRICT.test(out) ? out : null;
}

/** The inward code as far as typed ("1", "1A", "1AA"), look-alikes fixed, or null: a digit, then letters. */
function readInward(code: string): string | null {
  if (code.length < 1 || code.length > 3) return null;
  const out = [...code].map((ch, i) => (i === 0 ? digit(ch) : letter(ch))).join('');
  return INWARD.test(out) ? out : null;
}

/**
 * What she typed, as capitals and spaces: normalised as typed (normaliseTyped: full-width
 * "ＥＨ６" → "EH6", invisible characters gone), and any other character (a stray comma,
 * dash, full stop, bracket) removed.
 */
function cleanPostcode(input: string): string {
  return normaliseTyped(input)
    .toUpperCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads what she typed; null when it cannot be a postcode or the start of one. Letters
 * and digits that look alike are read as the kind the format needs at their place
 * ("G2 OQT" → G2, "EH1O" → EH10, "GI2" → G12); see readOutward and readInward.
 */
export function parsePostcode(input: unknown): ParsedPostcode | null {
  if (typeof input !== 'string' || input.length > MAX_LENGTH * 2) return null;
  const clean = cleanPostcode(input);
  if (clean.length === 0 || clean.length > MAX_LENGTH || /[^A-Z0-9 ]/.test(clean)) return null;
  const parts = clean.split(' ');
  if (parts.length === 2) {
    const district = readOutward(parts[0]!);
    return district && readInward(parts[1]!) ? { district } : null;
  }
  if (parts.length !== 1) return null;
  // A whole postcode without its space: the inward code is always the last three.
  if (clean.length >= 5) {
    const district = readOutward(clean.slice(0, -3));
    const inward = readInward(clean.slice(-3));
    if (district && inward?.length === 3) return { district };
  }
  const district = readOutward(clean);
  if (!district) return null;
  // "EH65" may be district EH65 or "EH6 5" typed without the space.
  const shorter = district.slice(0, -1);
  return /[0-9]$/.test(district) && DISTRICT.test(shorter) ? { district, alternative: shorter } : { district };
}

export function lookupPostcode(input: unknown, table: PostcodeTable): PostcodeLookup {
  if (typeof input === 'string' && normaliseTyped(input).trim() === '') return { kind: 'empty' };
  const parsed = parsePostcode(input);
  if (!parsed) return { kind: 'malformed' };
  for (const district of [parsed.district, parsed.alternative]) {
    const areas = district ? table.districts[district] : undefined;
    if (district && areas && areas.length > 0) {
      return { kind: 'found', district, areas, crossBorder: table.crossBorder.includes(district) };
    }
  }
  return { kind: 'unknown', district: parsed.district };
}
