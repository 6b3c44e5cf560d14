// Phone numbers are checked with libphonenumber-js's smallest metadata ("min"): enough
// to tell a real UK or international number from a typo, small enough for one page.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * The number in E.164 form ("+447911123456"), or null when it is not a number a phone
 * could call. Numbers without a country code are read as UK numbers.
 */
export function normalisePhone(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed.length < 3 || trimmed.length > 32) return null;
  // "00" is how many countries dial out; libphonenumber wants "+".
  const international = trimmed.replace(/^00(?=[1-9])/, '+');
  const parsed = parsePhoneNumberFromString(international, 'GB');
  return parsed?.isValid() ? parsed.number : null;
}
