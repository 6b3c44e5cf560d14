// The search itself, built for a slow phone. Fuse's cost grows with records × text, so
// Fuse searches only the distinct words of the directory (a few thousand short strings,
// growing far slower than the directory), and words lead to services through postings
// made once when the index is loaded. Per keystroke the work is:
//   1. fold the query into words; each word's matches are cached, so typing the second
//      word of "housing glas" never searches "housing" again;
//   2. exact and prefix matches by binary search over the sorted words (cheap);
//   3. only when a word has no exact or prefix match (so is probably mistyped), typo
//      matches with Fuse, over the words that start with its first or second letter
//      (people rarely mistype both; this cuts Fuse's work about tenfold); when the word
//      extends the previous keystroke's word and allows no more typos, only over that
//      keystroke's typo candidates;
//   4. score services by where the word was found (name > organisation > needs >
//      keywords > places), keep those matching the most words, filter, sort, cap.
import Fuse, { type FuseIndexStringRecord, type IFuseOptions } from 'fuse.js';
import { tokenize } from './fold';
import { NEED_IDS } from '../schema/taxonomy';
import { hasFilters, matchesFilters, type SearchFilters } from './filters';
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
const MIN_FUZZY_LENGTH = 4;
const THRESHOLD = 0.3;
const MAX_WORDS = 8;
const EXACT = 1;
const PREFIX_BASE = 0.7;
const FUZZY_BASE = 0.6;
/** A national service matches a place word at half the score of a local one. */
const NATIONAL_PLACE = 0.5;
/** Specialist services are why Pathway exists: a small lift so they are never buried. */
const SPECIALIST_BOOST = 1.15;
const CACHE_SIZE = 64;

interface Posting {
  docs: number[];
  weights: number[];
}

export class SearchEngine {
  readonly services: readonly SearchService[];
  /** Each service's place among equal scores, worked out once per index (see tieRank). */
  private readonly tieRanks: readonly number[];
  private readonly words: string[];
  private readonly wordIds = new Map<string, number>();
  private readonly postings: Posting[];
  private readonly placeWord: Uint8Array;
  private readonly national: number[];
  private readonly records: FuseIndexStringRecord[];
  private readonly options: IFuseOptions<string>;
  private readonly pools = new Map<string, { ids: number[]; fuse: Fuse<string> }>();
  private readonly cache = new Map<string, Map<number, number>>();
  private lastFuzzy: { token: string; words: number[] } | null = null;

  readonly isOpenNow: (s: SearchService) => boolean;

  /**
   * `isOpenNow`: whether a service is open at this moment, for the "open now" filter; the
   * search worker gives it the phone's clock and the bank holidays (src/lib/hours/).
   */
  constructor(data: SearchIndexData, isOpenNow: (s: SearchService) => boolean = () => true) {
    this.isOpenNow = isOpenNow;
    this.services = data.services;
    this.tieRanks = data.services.map(tieRank);
    const records = wordRecords(data.words);
    this.words = new Array<string>(records.length);
    for (const r of records) this.words[r.i] = r.v;
    this.words.forEach((w, i) => this.wordIds.set(w, i));
    this.postings = this.words.map(() => ({ docs: [], weights: [] }));
    this.placeWord = new Uint8Array(this.words.length);
    this.national = [];
    data.services.forEach((s, doc) => {
      if (isNational(s)) this.national.push(doc);
      const fields = serviceFields(s, data);
      const best = new Map<number, number>();
      for (const f of FIELDS) {
        for (const w of tokenize(fields[f])) {
          const id = this.wordIds.get(w);
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
    this.records = [];
    for (const r of records) this.records[r.i] = r;
    this.options = {
      includeScore: true,
      // Words are short, so a typo anywhere counts the same; a score is errors / length.
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: THRESHOLD,
      // Index and query are both folded already.
      isCaseSensitive: true,
      shouldSort: false,
    };
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): SearchResult {
    const tokens = [...new Set(tokenize(query))].filter(searchable).slice(0, MAX_WORDS);
    if (tokens.length === 0) {
      if (!hasFilters(filters)) return { services: [], total: 0 };
      const all = this.services.filter((s) => matchesFilters(s, filters, this.isOpenNow));
      return { services: all.slice(0, limit), total: all.length };
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
    const ranked: { doc: number; score: number }[] = [];
    for (const [doc, m] of matched) {
      const s = this.services[doc]!;
      if (m.count < most || !matchesFilters(s, filters, this.isOpenNow)) continue;
      ranked.push({ doc, score: s.kind === 'specialist' ? m.score * SPECIALIST_BOOST : m.score });
    }
    // Ties (a place alone, "kirkcaldy", scores every local service alike) go first to a
    // service she can call, then to the most urgent need (NEED_IDS order: leaving,
    // emergency, a safe place to stay…), then the directory's order: specialist, name.
    ranked.sort((a, b) => b.score - a.score || this.tieRanks[a.doc]! - this.tieRanks[b.doc]! || a.doc - b.doc);
    return { services: ranked.slice(0, limit).map((r) => this.services[r.doc]!), total: ranked.length };
  }

  /** Best score of each service for one query word (cached). */
  private tokenScores(token: string): Map<number, number> {
    const cached = this.cache.get(token);
    if (cached) return cached;
    const quality = this.wordMatches(token);
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

  /** Words of the directory that a query word may mean, with a quality from 0 to 1. */
  private wordMatches(token: string): Map<number, number> {
    const quality = new Map<number, number>();
    for (let i = this.lowerBound(token); i < this.words.length; i++) {
      const w = this.words[i]!;
      if (!w.startsWith(token)) break;
      quality.set(i, w.length === token.length ? EXACT : PREFIX_BASE + (1 - PREFIX_BASE) * (token.length / w.length));
    }
    if (quality.size === 0 && token.length >= MIN_FUZZY_LENGTH) {
      for (const [id, score] of this.fuzzy(token)) quality.set(id, FUZZY_BASE * (1 - score));
    }
    return quality;
  }

  /** Words within a few typos of a query word, with Fuse's score (0 is exact). */
  private fuzzy(token: string): [number, number][] {
    const last = this.lastFuzzy;
    const allowed = (length: number) => Math.floor(THRESHOLD * length);
    // A longer word allowing no more typos can only match words the shorter one matched.
    const narrow =
      last !== null && token.startsWith(last.token) && allowed(token.length) === allowed(last.token.length);
    let found: [number, number][];
    if (narrow) {
      const fuse = new Fuse(last.words.map((id) => this.words[id]!), this.options);
      found = fuse.search(token).map((r) => [last.words[r.refIndex]!, r.score ?? 1]);
    } else {
      const pool = this.pool(token);
      found = pool.fuse.search(token).map((r) => [pool.ids[r.refIndex]!, r.score ?? 1]);
    }
    this.lastFuzzy = { token, words: found.map(([id]) => id) };
    return found;
  }

  /** The words starting with the token's first or second letter, with their Fuse index. */
  private pool(token: string) {
    const key = token.slice(0, 2);
    let pool = this.pools.get(key);
    if (!pool) {
      const ids: number[] = [];
      for (const letter of new Set(key)) {
        for (let i = this.lowerBound(letter); i < this.words.length && this.words[i]!.startsWith(letter); i++) ids.push(i);
      }
      // The build-time index, cut to the pool: Fuse's records are renumbered 0…n-1.
      const records = ids.map((id, j) => ({ ...this.records[id]!, i: j }));
      const index = Fuse.parseIndex<string>({ keys: [], records } as unknown as Parameters<typeof Fuse.parseIndex>[0]);
      pool = { ids, fuse: new Fuse(ids.map((id) => this.words[id]!), this.options, index) };
      this.pools.set(key, pool);
    }
    return pool;
  }

  private lowerBound(token: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.words[mid]! < token) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Lower first among equal scores: reachable by phone, then by its most urgent need. */
function tieRank(s: SearchService): number {
  const urgency = Math.min(...s.needs.map((n) => NEED_IDS.indexOf(n)).filter((i) => i >= 0), NEED_IDS.length);
  return (s.phones.length > 0 ? 0 : 100) + urgency;
}
