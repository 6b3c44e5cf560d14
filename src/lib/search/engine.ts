// The search itself, built for a slow phone. Fuse's cost grows with records × text, so
// Fuse searches only the distinct words of the directory (a few thousand short strings,
// growing far slower than the directory), and words lead to services through postings
// made once when the index is loaded. Per keystroke the work is:
//   1. split the query into folded words (fold.ts: the same words as the index, with the
//      index language's dictionary and stop words); each word's matches are cached, so
//      typing the second word of "housing glas" never searches "housing" again;
//   2. (word-matches.ts) exact and prefix matches by binary search over the sorted words
//      (cheap); when the word is itself a word of the directory she probably typed all of
//      it, so the words it only starts count for less ("refuge" before "Refugee Council");
//   3. (word-matches.ts) only when a word has no exact or prefix match (so is probably
//      mistyped), typo matches with Fuse, over the words that start with its first or
//      second letter (people rarely mistype both; this cuts Fuse's work about tenfold);
//      when the word extends the previous keystroke's word and allows no more typos, only
//      over that keystroke's typo candidates;
//   4. score services by where the word was found (index-data.ts, FIELD_WEIGHTS: name >
//      organisation > main need > other needs and keywords > places), keep those matching
//      the most words, filter, sort (rank.ts: those she can contact first), cap.
import { tokenize } from './fold';
import { WordMatcher } from './word-matches';
import { hasFilters, matchesFilters, type SearchFilters } from './filters';
import { compareListed, compareRanked, rankFacts, SPECIALIST_BOOST, type RankFacts, type Ranked } from './rank';
import {
  FIELD_WEIGHTS,
  FIELDS,
  isNational,
  serviceFields,
  wordRecords,
  type SearchIndexData,
  type SearchService,
} from './index-data';

export interface SearchResult {
  /** At most `limit` services, best first. */
  services: SearchService[];
  /** How many services matched in all. */
  total: number;
}

/** One letter says too little to search on; it waits for the next keystroke. */
const MIN_WORD_LENGTH = 2;
// …except in scripts where one character is a word or syllable (Chinese, Thai).
const WHOLE_CHARACTER = /[\p{Script=Han}\p{Script=Thai}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const searchable = (token: string) => token.length >= MIN_WORD_LENGTH || WHOLE_CHARACTER.test(token);
const MAX_WORDS = 8;
/** A national service matches a place word at half the score of a local one. */
const NATIONAL_PLACE = 0.5;
const CACHE_SIZE = 64;

interface Posting {
  docs: number[];
  weights: number[];
}

export class SearchEngine {
  readonly services: readonly SearchService[];
  /** The index's language: how its text and every query are split into words. */
  private readonly lang: string;
  private readonly stop: ReadonlySet<string>;
  /** What ranking reads of each service, worked out once per index (rank.ts). */
  private readonly facts: readonly RankFacts[];
  private readonly byRank: (a: Ranked, b: Ranked) => number;
  private readonly byListing: (a: Ranked, b: Ranked) => number;
  private readonly matcher: WordMatcher;
  private readonly postings: Posting[];
  private readonly placeWord: Uint8Array;
  private readonly national: number[];
  private readonly cache = new Map<string, Map<number, number>>();

  readonly isOpenNow: (s: SearchService) => boolean;

  /**
   * `data`: an index from buildSearchIndex, as parsed JSON. Services whose status says
   * they may have closed are dropped, should an index ever carry one. `isOpenNow`: whether
   * a service is open at this moment, for the "open now" filter; the search worker gives
   * it the phone's clock and the bank holidays (src/lib/hours/).
   */
  constructor(data: SearchIndexData, isOpenNow: (s: SearchService) => boolean = () => true) {
    this.isOpenNow = isOpenNow;
    this.lang = data.lang;
    this.stop = new Set(data.stopWords ?? []);
    this.services = data.services.filter((s) => s.status !== 'possibly-closed' && s.status !== 'closed');
    this.facts = this.services.map(rankFacts);
    this.byRank = compareRanked(this.facts);
    this.byListing = compareListed(this.facts);
    this.matcher = new WordMatcher(wordRecords(data.words));
    const wordIds = new Map<string, number>();
    this.matcher.words.forEach((w, i) => wordIds.set(w, i));
    this.postings = this.matcher.words.map(() => ({ docs: [], weights: [] }));
    this.placeWord = new Uint8Array(this.matcher.words.length);
    this.national = [];
    // Need, keyword and place texts repeat from service to service: split each once.
    const split = new Map<string, string[]>();
    const words = (text: string) => {
      let found = split.get(text);
      if (!found) split.set(text, (found = tokenize(text, this.lang, this.stop)));
      return found;
    };
    this.services.forEach((s, doc) => {
      if (isNational(s)) this.national.push(doc);
      const fields = serviceFields(s, data);
      const best = new Map<number, number>();
      for (const f of FIELDS) {
        for (const w of words(fields[f])) {
          const id = wordIds.get(w);
          if (id === undefined) continue; // an index built from other text: ignore, never throw
          if (f === 'places') this.placeWord[id] = 1;
          if ((best.get(id) ?? 0) < FIELD_WEIGHTS[f]) best.set(id, FIELD_WEIGHTS[f]);
        }
      }
      for (const [id, weight] of best) {
        this.postings[id]!.docs.push(doc);
        this.postings[id]!.weights.push(weight);
      }
    });
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): SearchResult {
    const tokens = [...new Set(tokenize(query, this.lang, this.stop))].filter(searchable).slice(0, MAX_WORDS);
    if (tokens.length === 0) {
      if (!hasFilters(filters)) return { services: [], total: 0 };
      const all: Ranked[] = [];
      this.services.forEach((s, doc) => {
        if (matchesFilters(s, filters, this.isOpenNow)) all.push({ doc, score: 0 });
      });
      all.sort(this.byListing);
      return { services: all.slice(0, limit).map((r) => this.services[r.doc]!), total: all.length };
    }
    const matched = new Map<number, { count: number; score: number }>();
    for (const token of tokens) {
      for (const [doc, score] of this.tokenScores(token)) {
        const m = matched.get(doc);
        if (m) {
          m.count += 1;
          m.score += score;
        } else matched.set(doc, { count: 1, score });
      }
    }
    // Every word should match; when none matches them all ("somewhere to stay in
    // glasgow"), the services that match the most words are still worth showing.
    let most = 0;
    for (const m of matched.values()) most = Math.max(most, m.count);
    const ranked: Ranked[] = [];
    for (const [doc, m] of matched) {
      const s = this.services[doc]!;
      if (m.count < most || !matchesFilters(s, filters, this.isOpenNow)) continue;
      ranked.push({ doc, score: s.kind === 'specialist' ? m.score * SPECIALIST_BOOST : m.score });
    }
    // Ties (a place alone, "kirkcaldy", scores every local service alike) are common:
    // rank.ts orders them, after putting the services she can contact first.
    ranked.sort(this.byRank);
    return { services: ranked.slice(0, limit).map((r) => this.services[r.doc]!), total: ranked.length };
  }

  /** Best score of each service for one query word (cached). */
  private tokenScores(token: string): Map<number, number> {
    const cached = this.cache.get(token);
    if (cached) return cached;
    const quality = this.matcher.matches(token);
    const scores = new Map<number, number>();
    const raise = (doc: number, score: number) => {
      if ((scores.get(doc) ?? 0) < score) scores.set(doc, score);
    };
    for (const [id, q] of quality) {
      const { docs, weights } = this.postings[id]!;
      for (let k = 0; k < docs.length; k++) raise(docs[k]!, q * weights[k]!);
      if (this.placeWord[id]) {
        const score = q * FIELD_WEIGHTS.places * NATIONAL_PLACE;
        for (const doc of this.national) raise(doc, score);
      }
    }
    if (this.cache.size >= CACHE_SIZE) this.cache.clear();
    this.cache.set(token, scores);
    return scores;
  }
}
