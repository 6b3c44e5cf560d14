// Addresses in Pathway's content are one line of text, as published, often without a
// postcode ("Merchant City, Glasgow (full address not published in sources)"). HSDS's
// structured address needs a street, city, region and postcode. So a structured address
// is given only when every part of it is literally in the text and the parts put back
// together give the text again; otherwise the text alone is published. Nothing is guessed.

// A full UK postcode (outward and inward code), e.g. "G3 7NB", "PH1 5PD".
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/;

// Postcode areas wholly in Scotland. TD and DG also reach into England (TD12, TD15,
// CA-side districts), so they are left out rather than guessed.
const SCOTTISH_AREAS = new Set(['AB', 'DD', 'EH', 'FK', 'G', 'HS', 'IV', 'KA', 'KW', 'KY', 'ML', 'PA', 'PH', 'ZE']);

export interface StructuredAddress {
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
}

/** "Street, City POSTCODE" put together the way Pathway writes it. */
export function formatAddress(a: { address_1: string; address_2?: string; city: string; postal_code: string }): string {
  return [a.address_1, a.address_2, `${a.city} ${a.postal_code}`].filter(Boolean).join(', ');
}

/** The structured form of a one-line Scottish address, or null when it cannot be had without guessing. */
export function structureAddress(text: string): StructuredAddress | null {
  const parts = text.split(', ');
  const last = parts.pop();
  if (!last || parts.length === 0) return null;
  const match = /^(.+) (\S+ \S+)$/.exec(last);
  if (!match) return null;
  const [, city, postcode] = match as unknown as [string, string, string];
  if (!POSTCODE.test(postcode)) return null;
  const area = /^[A-Z]+/.exec(postcode)![0];
  if (!SCOTTISH_AREAS.has(area)) return null;
  // Scotland is the UK's first-level subdivision (ISO 3166-2 GB-SCT): HSDS's state_province.
  const address = { address_1: parts.join(', '), city, state_province: 'Scotland', postal_code: postcode, country: 'GB' };
  return formatAddress(address) === text ? address : null;
}

/** A PO Box receives post only: HSDS's "postal" location type. */
export function isPostalOnly(text: string): boolean {
  return /\bP\.?O\.? Box\b/i.test(text);
}
