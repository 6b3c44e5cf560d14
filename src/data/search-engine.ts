// The server's search engines, one per language, made on the first search sent without
// JavaScript and kept for the life of the process (they hold the directory, never a query).
import type { Locale } from '../i18n/locales';
import { SearchEngine } from '../lib/search/engine';
import { openNowInScotland } from '../lib/hours/open-now-scotland';
import { searchIndexFor } from './search-index';

const engines = new Map<Locale, Promise<SearchEngine>>();

/** The engine of `lang`; "open now" is judged by the server's clock at each search. */
export function searchEngineFor(lang: Locale): Promise<SearchEngine> {
  let engine = engines.get(lang);
  if (!engine) {
    engine = searchIndexFor(lang).then((data) => new SearchEngine(data, (s) => openNowInScotland(s, new Date())));
    // A failed build of the index is tried again by the next search.
    engine.catch(() => engines.delete(lang));
    engines.set(lang, engine);
  }
  return engine;
}
