// What the find page gives its island: names and strings already in the page's language.
import type { PluralForms } from '../../lib/plural';

export interface Option {
  id: string;
  name: string;
}

export interface AreaOption extends Option {
  /** The hub region id, or null when the area is not in one yet. */
  region: string | null;
}

export interface FindStrings {
  label: string;
  hint: string;
  button: string;
  filters: string;
  any: string;
  region: string;
  area: string;
  need: string;
  kind: string;
  specialist: string;
  mainstream: string;
  free: string;
  language: string;
  openNow: string;
  /** Under a card's numbers: free, text, languages (CardFacts). */
  facts: { free: string; sms: string; languages: string };
  clear: string;
  loading: string;
  loadError: string;
  prompt: string;
  results: string;
  /** BCP 47 language, for choosing the plural form of the count. */
  lang: string;
  /** "{{count}} services found" by Intl plural category ("one", "few", "other"…). */
  count: PluralForms;
  capped: string;
  none: string;
  specialistBadge: string;
  noPhone: string;
  callbackHref: string;
  call999: string;
  callbackLink: string;
}

export interface PostcodeStrings {
  heading: string;
  label: string;
  hint: string;
  /** "It is not sent anywhere": true only where JavaScript runs ([data-js-only]). */
  onPhone: string;
  button: string;
  empty: string;
  malformed: string;
  unknown: string;
  found: string;
  region: string;
  noRegion: string;
  choose: string;
  crossBorder: string;
  showing: string;
  areaPage: string;
}
