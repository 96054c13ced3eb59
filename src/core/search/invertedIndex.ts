// The postings behind search: for each term the documents that have it, as compact numbers, and
// a BM25 scorer that ranks only the best few. MiniSearch scores every matching document with
// objects of its own (measured in bench/search.ts: 0.8 s for a common word at 100,000 facts);
// here a common word costs one pass over an array of numbers. MiniSearch's radix tree
// (SearchableMap) holds the terms, for the words that begin with a prefix and the words near a
// misspelt one.
import SearchableMap from 'minisearch/SearchableMap';

/** One term a query word is matched by, with how much a match on it counts (1 = the word itself). */
export interface TermWeight {
  term: string;
  weight: number;
}

export interface Scored<Ref> {
  ref: Ref;
  score: number;
  /** How many of the query's words the document has. */
  matched: number;
}

export interface Ranking<Ref> {
  hits: Scored<Ref>[];
  /** Documents with any of the words (and accepted). */
  total: number;
  /** Documents with all of them. */
  complete: number;
}

// BM25's usual constants: term frequency saturates quickly; long passages are discounted.
const K1 = 1.2;
const B = 0.75;
/** A posting entry is (document << TF_BITS) | term frequency (capped). */
const TF_BITS = 8;
const TF_MAX = (1 << TF_BITS) - 1;
/** At most this many query words are told apart (one bit each). */
export const MAX_WORDS = 30;

export class InvertedIndex<Ref> {
  private readonly postings = new Map<string, number[]>();
  private readonly tree = new SearchableMap<number[]>();
  private readonly docOf = new Map<string, number>();
  private refs: (Ref | undefined)[] = [];
  private ids: (string | undefined)[] = [];
  private lengths: number[] = [];
  private live = 0;
  private dead = 0;
  private totalLength = 0;
  // Reused between queries: one slot per document.
  private scores = new Float64Array(0);
  private best = new Float64Array(0);
  private masks = new Uint32Array(0);

  get size(): number {
    return this.live;
  }

  /** Indexes a document under its terms (each with how often it has it); replaces one of the same id. */
  add(id: string, ref: Ref, counts: ReadonlyMap<string, number>, length: number): void {
    this.remove(id);
    const doc = this.refs.length;
    this.refs.push(ref);
    this.ids.push(id);
    this.lengths.push(Math.max(1, length));
    this.docOf.set(id, doc);
    this.live++;
    this.totalLength += Math.max(1, length);
    for (const [term, count] of counts) {
      let list = this.postings.get(term);
      if (!list) {
        list = [];
        this.postings.set(term, list);
        this.tree.set(term, list);
      }
      list.push((doc << TF_BITS) | Math.min(count, TF_MAX));
    }
  }

  remove(id: string): void {
    const doc = this.docOf.get(id);
    if (doc === undefined) return;
    this.docOf.delete(id);
    this.refs[doc] = undefined;
    this.ids[doc] = undefined;
    this.live--;
    this.dead++;
    this.totalLength -= this.lengths[doc]!;
    // Removed documents stay in the postings (skipped when scoring) until they are a quarter.
    if (this.dead > 1000 && this.dead > this.live / 3) this.compact();
  }

  /** Rewrites the postings without the removed documents, numbering the rest afresh. */
  compact(): void {
    const renumber = new Int32Array(this.refs.length).fill(-1);
    const refs: Ref[] = [];
    const ids: string[] = [];
    const lengths: number[] = [];
    this.refs.forEach((ref, doc) => {
      if (ref === undefined) return;
      renumber[doc] = refs.length;
      this.docOf.set(this.ids[doc]!, refs.length);
      refs.push(ref);
      ids.push(this.ids[doc]!);
      lengths.push(this.lengths[doc]!);
    });
    for (const [term, list] of this.postings) {
      let n = 0;
      for (const entry of list) {
        const doc = renumber[entry >>> TF_BITS]!;
        if (doc >= 0) list[n++] = (doc << TF_BITS) | (entry & TF_MAX);
      }
      list.length = n;
      if (n === 0) {
        this.postings.delete(term);
        this.tree.delete(term);
      }
    }
    this.refs = refs;
    this.ids = ids;
    this.lengths = lengths;
    this.dead = 0;
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Terms beginning with `prefix` and how many documents each has, shortest first. */
  withPrefix(prefix: string): Array<{ term: string; count: number }> {
    const found: Array<{ term: string; count: number }> = [];
    for (const [term, list] of this.tree.atPrefix(prefix)) found.push({ term, count: list.length });
    return found.sort((a, b) => a.term.length - b.term.length || (a.term < b.term ? -1 : 1));
  }

  /** Terms within `distance` edits of `term`, with their distance. */
  near(term: string, distance: number): Array<{ term: string; distance: number }> {
    return [...this.tree.fuzzyGet(term, distance)].map(([t, [, d]]) => ({ term: t, distance: d }));
  }

  /** Every document with any of the words, with how many of them it has (no scores, no order). */
  matching(words: readonly (readonly TermWeight[])[]): Array<{ ref: Ref; matched: number }> {
    const n = this.refs.length;
    if (this.masks.length < n) this.masks = new Uint32Array(Math.max(n, this.masks.length * 2));
    const { masks, refs } = this;
    const touched: number[] = [];
    words.slice(0, MAX_WORDS).forEach((terms, w) => {
      const bit = 1 << w;
      for (const { term } of terms) {
        for (const entry of this.postings.get(term) ?? []) {
          const doc = entry >>> TF_BITS;
          if (refs[doc] === undefined) continue;
          if (masks[doc] === 0) touched.push(doc);
          masks[doc]! |= bit;
        }
      }
    });
    const found: Array<{ ref: Ref; matched: number }> = [];
    for (const doc of touched) {
      found.push({ ref: refs[doc]!, matched: popcount(masks[doc]!) });
      masks[doc] = 0;
    }
    return found;
  }

  /**
   * The best `limit` documents for the words (each a list of terms that match it): more words
   * first, then the higher BM25 score, a word counting by its best-scoring term.
   */
  rank(words: readonly (readonly TermWeight[])[], limit: number, accept?: (ref: Ref) => boolean): Ranking<Ref> {
    const n = this.refs.length;
    if (this.scores.length < n) {
      const size = Math.max(n, this.scores.length * 2);
      this.scores = new Float64Array(size);
      this.best = new Float64Array(size);
      this.masks = new Uint32Array(size);
    }
    const { scores, best, masks, refs, lengths } = this;
    const avg = this.live ? this.totalLength / this.live : 1;
    const touched: number[] = [];
    words.slice(0, MAX_WORDS).forEach((terms, w) => {
      const seen: number[] = [];
      for (const { term, weight } of terms) {
        const list = this.postings.get(term);
        if (!list) continue;
        // Removed documents still counted in `list` make a common word look a little commoner.
        const idf = Math.max(0.01, Math.log(1 + (this.live - list.length + 0.5) / (list.length + 0.5)));
        for (const entry of list) {
          const doc = entry >>> TF_BITS;
          if (refs[doc] === undefined) continue;
          const tf = entry & TF_MAX;
          const s = (weight * idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[doc]!) / avg));
          if (best[doc] === 0) seen.push(doc);
          if (s > best[doc]!) best[doc] = s;
        }
      }
      const bit = 1 << w;
      for (const doc of seen) {
        if (masks[doc] === 0) touched.push(doc);
        masks[doc]! |= bit;
        scores[doc]! += best[doc]!;
        best[doc] = 0;
      }
    });
    const all = Math.min(words.length, MAX_WORDS);
    const top = new TopK(limit);
    let total = 0;
    let complete = 0;
    for (const doc of touched) {
      const matched = popcount(masks[doc]!);
      const score = scores[doc]!;
      masks[doc] = 0;
      scores[doc] = 0;
      if (accept && !accept(refs[doc]!)) continue;
      total++;
      if (matched === all) complete++;
      top.offer(doc, matched, score);
    }
    return { hits: top.sorted().map((e) => ({ ref: refs[e.doc]!, score: e.score, matched: e.matched })), total, complete };
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

interface Entry {
  doc: number;
  matched: number;
  score: number;
}

/** `a` ranks below `b`: fewer words, else lower score, else later document (a stable order). */
function below(a: Entry, b: Entry): boolean {
  return a.matched !== b.matched ? a.matched < b.matched : a.score !== b.score ? a.score < b.score : a.doc > b.doc;
}

/** The best `k` entries seen, in a heap whose root is the worst of them. */
class TopK {
  private readonly heap: Entry[] = [];
  constructor(private readonly k: number) {}

  offer(doc: number, matched: number, score: number): void {
    const h = this.heap;
    const e = { doc, matched, score };
    if (h.length < this.k) {
      h.push(e);
      let i = h.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!below(h[i]!, h[parent]!)) break;
        [h[i], h[parent]] = [h[parent]!, h[i]!];
        i = parent;
      }
    } else if (this.k > 0 && below(h[0]!, e)) {
      h[0] = e;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && below(h[l]!, h[m]!)) m = l;
        if (r < h.length && below(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
  }

  sorted(): Entry[] {
    return [...this.heap].sort((a, b) => (below(a, b) ? 1 : below(b, a) ? -1 : 0));
  }
}
