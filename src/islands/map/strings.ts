import type { PluralForms } from '../../lib/plural';

/** The map's words, already translated by the page (keys `map.*` in en.json). */
export interface MapStrings {
  lang: string;
  loading: string;
  failed: string;
  label: string;
  keys: string;
  private: string;
  zoomIn: string;
  zoomOut: string;
  legendCurrent: string;
  legendHub: string;
  legendOther: string;
  areasHeading: string;
  areaCount: PluralForms;
  selectionHeading: string;
  selectionPrompt: string;
  selectionNone: string;
  selectionNational: PluralForms;
  announce: PluralForms;
  announceService: string;
  attribution: string;
}

/** What the launcher hands the map when it opens. */
export interface MapSettings {
  strings: MapStrings;
  /** The hub region to highlight, if the page is about one. */
  region: string | null;
  /** Where the outlines are, on this site. */
  outlinesUrl: string;
  /** Where the listed services are: the map reads their data attributes. */
  resultsSelector: string;
  /** Whether the list changes on the page (search results) and the map should follow. */
  watch: boolean;
}
