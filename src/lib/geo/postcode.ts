// "Where am I?": a full postcode or its first half → the Scottish council areas of its
// district, from the table bundled with the site (content/postcode-districts.json). No
// location services, no request. Bad input gives a result saying so, never an exception.

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
const FULL = /^([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9][A-Z]{2})$/;
const MAX_LENGTH = 12;

/** Reads what she typed; null when it cannot be a postcode or the start of one. */
export function parsePostcode(input: unknown): ParsedPostcode | null {
  if (typeof input !== 'string' || input.length > MAX_LENGTH * 2) return null;
  const clean = input.toUpperCase().replace(/\s+/g, ' ').trim();
  if (clean.length === 0 || clean.length > MAX_LENGTH || /[^A-Z0-9 ]/.test(clean)) return null;
  const parts = clean.split(' ');
  if (parts.length === 2) {
    const [outward, inward] = parts as [string, string];
    return DISTRICT.test(outward) && INWARD.test(inward) ? { district: outward } : null;
  }
  if (parts.length !== 1) return null;
  const full = FULL.exec(clean);
  if (full) return { district: full[1]! };
  if (!DISTRICT.test(clean)) return null;
  // "EH65" may be district EH65 or "EH6 5" typed without the space.
  const shorter = clean.slice(0, -1);
  return /[0-9]$/.test(clean) && DISTRICT.test(shorter) ? { district: clean, alternative: shorter } : { district: clean };
}

export function lookupPostcode(input: unknown, table: PostcodeTable): PostcodeLookup {
  if (typeof input === 'string' && input.trim() === '') return { kind: 'empty' };
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
