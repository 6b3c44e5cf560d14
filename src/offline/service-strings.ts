// The words of a service page in one language, already translated, with MARKER where a
// value goes in: the page is built from them at build time and on the phone
// (src/offline/compose.tsx), where i18next is not loaded. They are written by
// src/pages/directory/strings/[lang].json.ts.
import type { Locale } from '../i18n/locales';

/** The plain strings a service page uses; "service.organisation", "service.checked" and
 *  "englishOnly.askInterpreter" are added with MARKER, "service.unverified" and
 *  "service.unverified.dated" with their {{site}} and {{date}} left in, and every need and
 *  region name. */
export const SERVICE_STRING_KEYS = [
  'service.specialist', 'service.contact', 'service.noPhone.hub', 'service.noPhone.website', 'service.possiblyClosed', 'service.phone', 'service.textphone', 'service.sms',
  'service.email', 'service.website', 'service.hours', 'service.languages', 'service.free', 'service.free.yes',
  'service.free.unknown', 'service.address', 'service.helpsWith', 'service.areas', 'service.areas.all', 'service.notes',
  'service.sources', 'service.notChecked', 'service.checkedNote', 'englishOnly.service', 'englishOnly.interpreting',
  'callback.link.heading', 'callback.link.text', 'callback.link', 'layout.nav.home', 'layout.breadcrumb.label',
  'hours.closed', 'hours.allDay', 'hours.bankHolidays.closed', 'hours.bankHolidays.open',
] as const;

export interface ServiceStrings {
  readonly lang: Locale;
  /** BCP 47 tag for dates (Intl.DateTimeFormat). */
  readonly tag: string;
  /** The English words to ask for an interpreter; empty in English. */
  readonly phrase: string;
  /** The language root ("/", "/ro/") for links home, to regions and to the callback form. */
  readonly root: string;
  /** Translated strings by key. */
  readonly t: Readonly<Record<string, string>>;
}
