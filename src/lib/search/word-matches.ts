// Which words of the directory a query word may mean (steps 2 and 3 of engine.ts): exact
// and prefix matches by binary search over the sorted words, and only when there are none
// (the word is probably mistyped), typo matches with Fuse over a pool of likely words.
// The basic build: no extended search or logical queries, which search never uses, and
// ~1.8 KB gzip less in the worker (the 30 KB budget of a shared search link).
import Fuse, { type FuseIndexStringRecord, type IFuseOptions } from 'fuse.js/basic';

const MIN_FUZZY_LENGTH = 4;
const THRESHOLD = 0.3;
const EXACT = 1;
const PREFIX_BASE = 0.7;
/**
 * A prefix match of a word that is itself in the directory counts this much of its usual
 * quality: she probably typed all of it. A name starting with it (3 × ~0.3) then stays
 * below the word's own need keyword (1.2), so "refuge" finds refuges before the Scottish
 * Refugee Council, and Romanian "medic" NHS 24 before a "Forensic Medical Service".
 */
const PREFIX_OF_WHOLE_WORD = 0.3;
const FUZZY_BASE = 0.6;

/** "women" → "womens" (Women's, folded), "interpreter" → "interpreters": the same word. */
const isPlural = (word: string, token: string) => word.length === token.length + 1 && word.endsWith('s');

export class WordMatcher {
  /** The distinct words, sorted; a word's id is its place here. */
  readonly words: string[];
  private readonly records: FuseIndexStringRecord[];
  private readonly options: IFuseOptions<string> = {
    includeScore: true,
    // Words are short, so a typo anywhere counts the same; a score is errors / length.
    ignoreLocation: true,
    ignoreFieldNorm: true,
    threshold: THRESHOLD,
    // Index and query are both folded already.
    isCaseSensitive: true,
    shouldSort: false,
  };
  private readonly pools = new Map<string, { ids: number[]; fuse: Fuse<string> }>();
  private lastFuzzy: { token: string; words: number[] } | null = null;

  /** `records`: the build's Fuse index of the distinct words (SearchIndexData.words). */
  constructor(records: readonly FuseIndexStringRecord[]) {
    this.words = new Array<string>(records.length);
    this.records = [];
    for (const r of records) {
      this.words[r.i] = r.v;
      this.records[r.i] = r;
    }
  }

  /**
   * Word id → quality from 0 to 1: 1 for the word itself, 0.7–1 for a word it starts
   * (a third of that when the token is itself a word, unless the longer word only adds a
   * plural or possessive "s"), up to 0.6 for a typo match.
   */
  matches(token: string): Map<number, number> {
    const quality = new Map<number, number>();
    const first = this.lowerBound(token);
    // Words are sorted, so the token itself, if it is a word, comes before its extensions.
    const whole = this.words[first] === token;
    for (let i = first; i < this.words.length; i++) {
      const w = this.words[i]!;
      if (!w.startsWith(token)) break;
      const prefix = PREFIX_BASE + (1 - PREFIX_BASE) * (token.length / w.length);
      quality.set(i, w.length === token.length ? EXACT : whole && !isPlural(w, token) ? prefix * PREFIX_OF_WHOLE_WORD : prefix);
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
