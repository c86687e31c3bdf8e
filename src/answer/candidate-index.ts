// The index built once per knowledge model: an inverted index of word tokens over the short
// fields (names, acronyms, aliases, former names) and, separately, over the descriptive text, plus
// a character-trigram index of the vocabulary for typo correction. A question touches only the
// postings of its own words, so the cost does not grow with the number of records that share none.

import type { KnowledgeModel, KnowledgeRecord } from "../knowledge/model.js";
import { editedSurface, swappedWord } from "./index-typos.js";
import { foldText } from "./normalize.js";
import { type SearchDoc, searchableRecords, searchDoc } from "./search-doc.js";
import { Canonicalizer } from "./synonyms.js";
import { editDistance, trigrams, typoBudget } from "./tokens.js";

export interface Candidate {
  doc: number;
  /** Bit i set: query token i appears in one of the doc's short fields / its text. */
  keyMask: number;
  textMask: number;
  prelim: number;
}

/** A query word after typo correction: the vocabulary word it stands for and how sure that is. */
export interface QueryToken {
  /** The canonical stem searched. */
  token: string;
  /** 1 for an exact word, lower for a corrected typo. */
  weight: number;
  /** Original (folded) word. */
  word: string;
  /** Index of that word in the question, when known. */
  pos?: number;
}

const MAX_QUERY_TOKENS = 30;

export class CandidateIndex {
  readonly docs: SearchDoc[] = [];
  readonly docById = new Map<string, number>();
  readonly canon: Canonicalizer;
  private readonly keyPost = new Map<string, number[]>();
  private readonly textPost = new Map<string, number[]>();
  private readonly grams = new Map<string, string[]>();
  private readonly correctionCache = new Map<string, QueryToken | null>();
  private readonly analyzed = new Map<string, string[]>();
  // Scratch arrays reused by every query (the engine answers one question at a time).
  private keyMask = new Int32Array(0);
  private textMask = new Int32Array(0);
  private score = new Float64Array(0);
  private touched = new Int32Array(0);
  private cutScratch = new Float64Array(0);

  /** `sliced`: leave the records to `build`, which adds them a slice at a time. */
  constructor(model: KnowledgeModel, sliced = false) {
    this.canon = new Canonicalizer(model.synonyms);
    if (sliced) return;
    for (const rec of searchableRecords(model)) this.addDoc(rec);
    for (const word of this.vocabulary()) this.addGrams(word);
    this.finish();
  }

  /**
   * The same index, built in slices that give the event loop back every few milliseconds: a
   * reload of a large folder never holds up the questions waiting meanwhile.
   */
  static async build(model: KnowledgeModel, sliceMs = 8): Promise<CandidateIndex> {
    const index = new CandidateIndex(model, true);
    let started = performance.now();
    const pause = async () => {
      if (performance.now() - started < sliceMs) return;
      await new Promise((resolve) => setImmediate(resolve));
      started = performance.now();
    };
    for (const rec of searchableRecords(model)) {
      index.addDoc(rec);
      await pause();
    }
    for (const word of index.vocabulary()) {
      index.addGrams(word);
      await pause();
    }
    index.finish();
    return index;
  }

  private vocabulary(): Set<string> {
    return new Set<string>([...this.keyPost.keys(), ...this.textPost.keys()]);
  }

  private addGrams(word: string): void {
    if (word.length < 4 || /\d/.test(word)) return;
    for (const g of trigrams(word)) {
      const list = this.grams.get(g);
      if (list) list.push(word);
      else this.grams.set(g, [word]);
    }
  }

  private finish(): void {
    this.keyMask = new Int32Array(this.docs.length);
    this.textMask = new Int32Array(this.docs.length);
    this.score = new Float64Array(this.docs.length);
    this.touched = new Int32Array(this.docs.length);
    this.cutScratch = new Float64Array(this.docs.length);
  }

  get size(): number {
    return this.docs.length;
  }

  /** Folded text → canonical stems (stop words kept: phrases need them). */
  analyze(folded: string): readonly string[] {
    // (The same words are analysed again and again while one question is answered.)
    let out = this.analyzed.get(folded);
    if (!out) {
      out = this.canon.analyze(folded);
      if (this.analyzed.size > 20_000) this.analyzed.clear();
      this.analyzed.set(folded, out);
    }
    return out;
  }

  private readonly textCache = new Map<string, string[]>();

  private readonly setCache = new Map<string, ReadonlySet<string>>();

  /** The same as a set, memoised too (sentence matching asks "does it contain w?" a lot). */
  textSet(text: string): ReadonlySet<string> {
    let out = this.setCache.get(text);
    if (!out) {
      out = new Set(this.analyzeText(text));
      if (this.setCache.size > 20_000) this.setCache.clear();
      this.setCache.set(text, out);
    }
    return out;
  }

  /** Raw knowledge text → canonical stems, memoised: composers re-read the same sentences. */
  analyzeText(text: string): string[] {
    let out = this.textCache.get(text);
    if (!out) {
      out = this.canon.analyze(foldText(text));
      if (this.textCache.size > 20_000) this.textCache.clear();
      this.textCache.set(text, out);
    }
    return out;
  }

  private addDoc(rec: KnowledgeRecord): void {
    const d = this.docs.length;
    const doc = searchDoc(rec, (folded) => this.analyze(folded));
    this.docs.push(doc);
    this.docById.set(rec.id, d);
    for (const k of doc.keys) for (const t of k.tokens) push(this.keyPost, t, d);
    for (const t of doc.textTokens) push(this.textPost, t, d);
  }

  /** Is this canonical token anywhere in the knowledge? */
  knows(token: string): boolean {
    return this.keyPost.has(token) || this.textPost.has(token);
  }

  inKeys(token: string): boolean {
    return this.keyPost.has(token);
  }

  /** Records one of whose names holds this (analysed) token. */
  docsWithKeyToken(token: string): readonly number[] {
    return this.keyPost.get(token) ?? [];
  }

  private idf(post: number[] | undefined): number {
    const df = post?.length ?? 0;
    return df === 0 ? 0 : Math.log(1 + this.docs.length / df);
  }

  /** How rare a word is in the records' descriptive text (0 when it is in none). */
  textIdf(token: string): number {
    return this.idf(this.textPost.get(token)) || this.idf(this.keyPost.get(token));
  }

  // (Every key a question's candidates hold is weighed word by word, the same words each time: a
  // logarithm and two lookups per word was a few percent of answering.)
  private readonly keyIdfs = new Map<string, number>();

  keyIdf(token: string): number {
    let w = this.keyIdfs.get(token);
    if (w === undefined) {
      w = this.idf(this.keyPost.get(token)) || this.idf(this.textPost.get(token)) || 1;
      // Only the knowledge's own words are kept: a question's unknown words would grow it.
      if (this.knows(token)) this.keyIdfs.set(token, w);
    }
    return w;
  }

  /** The closest vocabulary word for a word the knowledge does not contain, if any is close. */
  correct(token: string): QueryToken | null {
    const cached = this.correctionCache.get(token);
    if (cached !== undefined) return cached;
    const budget = typoBudget(token.length);
    let best: QueryToken | null = null;
    if (budget > 0 && !/\d/.test(token)) {
      const counts = new Map<string, number>();
      const grams = trigrams(token);
      // Very common trigrams cost much and decide little: use the rarer ones when there are enough.
      const lists = grams.map((g) => this.grams.get(g) ?? []).sort((a, b) => a.length - b.length);
      const used = lists.filter((l, i) => i < 3 || l.length <= 3000);
      for (const list of used) {
        for (const w of list) {
          if (Math.abs(w.length - token.length) > budget) continue;
          counts.set(w, (counts.get(w) ?? 0) + 1);
        }
      }
      let bestDist = budget + 1;
      let bestDf = 0;
      const minShared = Math.max(1, used.length - 3 * budget - 1 - (grams.length - used.length));
      for (const [w, shared] of counts) {
        if (shared < minShared) continue;
        // Typos keep the first letter (or swap the first two): "republic" is not "public".
        if (w[0] !== token[0] && !(w[0] === token[1] && w[1] === token[0])) continue;
        const dist = editDistance(token, w, budget);
        if (dist > budget) continue;
        const df = this.usage(w);
        if (dist < bestDist || (dist === bestDist && df > bestDf)) {
          bestDist = dist;
          bestDf = df;
          best = { token: w, weight: dist === 1 ? 0.85 : 0.7, word: token };
        }
      }
    }
    // Two letters swapped in a short word leave it few trigrams in common ("tema" and "team"
    // share none but the first): the swapped forms are looked up directly.
    if (!best && budget > 0) best = swappedWord(this, token) ?? editedSurface(this, token);
    if (this.correctionCache.size > 5000) this.correctionCache.clear();
    this.correctionCache.set(token, best);
    return best;
  }

  /** How much the records use a word: in their names (counted four times) and in their text. */
  usage(token: string): number {
    return (this.keyPost.get(token)?.length ?? 0) * 4 + (this.textPost.get(token)?.length ?? 0);
  }

  /** Records sharing words with the query, best `limit` by a cheap idf score. */
  candidates(query: readonly QueryToken[], limit: number): Candidate[] {
    // Scratch buffers sized to the index: no per-question arrays however many records match.
    const { keyMask, textMask, score, touched, cutScratch } = this;
    let n = 0;
    const q = query.length > MAX_QUERY_TOKENS ? query.slice(0, MAX_QUERY_TOKENS) : query;
    for (let i = 0; i < q.length; i++) {
      const { token, weight } = q[i] as QueryToken;
      const bit = 1 << i;
      const kp = this.keyPost.get(token);
      if (kp) {
        const w = this.idf(kp) * weight;
        for (const d of kp) {
          if (keyMask[d] === 0 && textMask[d] === 0) touched[n++] = d;
          if (((keyMask[d] as number) & bit) === 0) score[d] = (score[d] as number) + w;
          keyMask[d] = (keyMask[d] as number) | bit;
        }
      }
      const tp = this.textPost.get(token);
      // A word in the text of most records ranks nothing; its key postings still count.
      if (tp && (tp.length <= 5000 || tp.length <= this.docs.length / 5 || !kp)) {
        const w = this.idf(tp) * weight * 0.35;
        for (const d of tp) {
          if (keyMask[d] === 0 && textMask[d] === 0) touched[n++] = d;
          score[d] = (score[d] as number) + w;
          textMask[d] = (textMask[d] as number) | bit;
        }
      }
    }
    // Keep the best `limit` without building an object per touched record: find the cut-off score
    // first, then collect only the records at or above it.
    let cut = Number.NEGATIVE_INFINITY;
    if (n > limit) {
      for (let i = 0; i < n; i++) cutScratch[i] = score[touched[i] as number] as number;
      const scores = cutScratch.subarray(0, n).sort();
      cut = scores[n - limit] as number;
    }
    const out: Candidate[] = [];
    for (let i = 0; i < n; i++) {
      const d = touched[i] as number;
      const prelim = score[d] as number;
      if (prelim >= cut) {
        out.push({
          doc: d,
          keyMask: keyMask[d] as number,
          textMask: textMask[d] as number,
          prelim,
        });
      }
      keyMask[d] = 0;
      textMask[d] = 0;
      score[d] = 0;
    }
    out.sort(byPrelim);
    if (out.length > limit) out.length = limit;
    return out;
  }
}

function byPrelim(a: Candidate, b: Candidate): number {
  return b.prelim - a.prelim || a.doc - b.doc;
}

function push(map: Map<string, number[]>, token: string, doc: number): void {
  const list = map.get(token);
  if (!list) map.set(token, [doc]);
  else if (list[list.length - 1] !== doc) list.push(doc);
}
