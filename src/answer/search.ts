// Question words → ranked records and the "mentions" (records the question names). The candidate
// index narrows the knowledge to a few dozen records; each is then scored on how much of its
// name the question covers and how much of the question its name explains, with fuse.js judging
// the fuzzy closeness of the best names to the question text.
import Fuse from "fuse.js";
import type { CandidateIndex, QueryToken } from "./candidate-index.js";
import type { ParsedQuestion } from "./intent.js";
import type { Lexicon } from "./lexicon/lexicon.js";
import { foldText } from "./normalize.js";
import { queryTokens } from "./query-tokens.js";
import type { DocKey, SearchDoc } from "./search-doc.js";

export interface Scored {
  doc: SearchDoc;
  /** Best-matching short field. */
  key: DocKey;
  /** idf-weighted share of the best key's words found in the question. */
  covered: number;
  /** Query token bits explained by the record's names (keys at least half covered). */
  keyBits: number;
  /** Query token bits found in its names or text. */
  anyBits: number;
  score: number;
  /** Every key fully named by the question ("DPKO" and "DPO" both name dpo). */
  fullKeys: DocKey[];
}

export interface SearchResult {
  query: QueryToken[];
  /** Question words the knowledge does not contain at all (after typo correction). */
  unknown: string[];
  /** The name-like ones among them ("WFP", "Geneva"): a subject the knowledge does not hold. */
  names: string[];
  /** Of those, the ones only a dictionary miss makes name-like (lowercase, no capital). */
  weakNames: string[];
  /** Content text searched, for display and fuzzy matching. */
  content: string;
  ranked: Scored[];
  /** Records the question names, best first, each adding words the previous ones did not. */
  mentions: Scored[];
  confidence: number;
}

const CANDIDATES = 60;
const REFINED = 40;
const FUSE_CHECKED = 4;
/** Records one question may name ("DPO leads it with OHCHR, OSRSG-SVC, DPPA, UNFPA and UNICEF"). */
const MAX_MENTIONS = 4;
const FUSE_OPTIONS = { ignoreLocation: true, threshold: 0.4, includeScore: true } as const;

export function search(
  pq: ParsedQuestion,
  index: CandidateIndex,
  rawText: string,
  lex: Lexicon,
): SearchResult {
  const { query, unknown, names, weakNames, content } = queryTokens(pq, index, rawText, lex);
  if (query.length === 0)
    return { query, unknown, names, weakNames, content, ranked: [], mentions: [], confidence: 0 };
  const qIdf = query.map((q) => index.keyIdf(q.token) * q.weight);
  let qTotal = 0;
  for (const w of qIdf) qTotal += w;
  qTotal ||= 1;
  // Query tokens are few (≤ 30): a linear scan finds a token's bit without building a map.
  const bitOf = (t: string): number => {
    for (let i = 0; i < query.length; i++) if ((query[i] as QueryToken).token === t) return i;
    return -1;
  };
  const share = (bits: number) => {
    let s = 0;
    for (let i = 0; i < query.length; i++) if (bits & (1 << i)) s += qIdf[i] as number;
    return s / qTotal;
  };

  // The idf-weighted share of a key's words the question holds, counting only the question words
  // in `mask` (-1: all); the bits of those it holds are left in coverBits (no object per key).
  let coverBits = 0;
  const keyCover = (key: DocKey, mask: number): number => {
    let have = 0;
    let total = 0;
    let bits = 0;
    for (const t of key.tokens) {
      const w = index.keyIdf(t);
      total += w;
      const b = bitOf(t);
      if (b >= 0 && mask & (1 << b)) {
        have += w * (query[b] as QueryToken).weight;
        bits |= 1 << b;
      }
    }
    coverBits = bits;
    return total > 0 ? have / total : 0;
  };

  const ranked: Scored[] = [];
  const cands = index.candidates(query, CANDIDATES);
  for (let ci = 0; ci < cands.length && ci < REFINED; ci++) {
    const c = cands[ci] as (typeof cands)[number];
    const doc = index.docs[c.doc] as SearchDoc;
    // The best key so far, kept in locals (no object per key).
    let bestKey: DocKey | undefined;
    let bestCovered = 0;
    let bestBits = 0;
    let bestValue = Number.NEGATIVE_INFINITY;
    let keyBits = 0;
    let fullKeys: DocKey[] | undefined;
    for (const key of doc.keys) {
      const covered = keyCover(key, -1);
      const bits = coverBits;
      if (covered >= 0.5 || (covered >= 0.35 && bitCount(bits) >= 2 && share(bits) >= 0.75)) {
        keyBits |= bits;
      }
      if (covered >= 0.99) {
        fullKeys ??= [];
        fullKeys.push(key);
      }
      const value = 0.55 * share(bits) + 0.45 * covered;
      if (!bestKey || value > bestValue) {
        bestKey = key;
        bestCovered = covered;
        bestBits = bits;
        bestValue = value;
      }
    }
    if (!bestKey) continue;
    const anyBits = c.keyMask | c.textMask;
    const textOnly = share(c.textMask & ~bestBits);
    let score = bestValue + 0.2 * textOnly;
    if (bestCovered >= 0.99 && share(bestBits) >= 0.99) score += 0.1;
    ranked.push({
      doc,
      key: bestKey,
      covered: bestCovered,
      keyBits,
      anyBits,
      score,
      fullKeys: fullKeys ?? NO_KEYS,
    });
  }
  ranked.sort(byScore);

  // fuse.js judges how closely the best few names appear in the question (typos, word order).
  const text = foldText(content);
  let rescored = false;
  for (let i = 0; i < ranked.length && i < FUSE_CHECKED; i++) {
    const r = ranked[i] as Scored;
    if (r.covered >= 0.99 || r.key.folded.length > 32 || text.length === 0) continue;
    const m = Fuse.match(r.key.folded, text, FUSE_OPTIONS);
    if (m.isMatch) {
      const fuzzy = 1 - m.score;
      if (fuzzy > r.covered) {
        rescored = true;
        r.score += 0.3 * (fuzzy - r.covered);
        r.covered = Math.max(r.covered, 0.5 * (r.covered + fuzzy));
      }
    }
  }
  if (rescored) ranked.sort(byScore);

  const mentions: Scored[] = [];
  let union = 0;
  for (const r of ranked) {
    if (mentions.length >= MAX_MENTIONS) break;
    if (r.key.requires && !r.key.requires.every((t) => bitOf(t) >= 0)) continue;
    const named =
      r.covered >= 0.74 ||
      (r.covered >= 0.5 && share(r.keyBits) >= 0.5) ||
      (r.covered >= 0.35 && bitCount(r.keyBits) >= 2 && share(r.keyBits) >= 0.75);
    if (!named || verbOnly(r)) continue;
    const fresh = r.keyBits & ~union;
    if (fresh === 0 || share(fresh) < 0.1) continue;
    // A word names one record: a name that crosses an earlier mention (shares some of its words,
    // not all) must still be named by its own words ("mine action à l'ONU" is mine action and the
    // UN, not UN Action); a longer name holding a whole earlier one ("joint rule of law
    // programme") is one name.
    if (fresh !== r.keyBits && crosses(r.keyBits) && keyCover(r.key, fresh) < 0.5) continue;
    mentions.push(r);
    union |= r.keyBits;
  }

  // "We are reviewing the GFP": a verb form ("reviewing", "assessed") of a name's word ("MARA
  // review") says what is done, not which record: alone it names nothing. (A name may hold the form
  // itself, "Monitoring…"; and "demining", a synonym of mine action, is no form of another word.)
  function verbOnly(r: Scored): boolean {
    for (let i = 0; i < query.length; i++) {
      if (!(r.keyBits & (1 << i))) continue;
      const { word, token } = query[i] as QueryToken;
      const base = VERB_FORM.exec(word)?.[1];
      if (!base || r.doc.keys.some((k) => k.folded.split(" ").includes(word))) return false;
      if (index.analyze(base)[0] !== token && index.analyze(`${base}e`)[0] !== token) return false;
    }
    return r.keyBits !== 0;
  }

  function crosses(bits: number): boolean {
    return mentions.some((m) => (m.keyBits & bits) !== 0 && (m.keyBits & ~bits) !== 0);
  }

  let confidence = 0;
  const top = mentions[0];
  if (top) {
    const explained = share(union | (top.anyBits & ~union));
    confidence = Math.min(1, 0.5 * Math.min(1, top.score) + 0.5 * explained);
  } else {
    // Nothing named, but one record's text holds every word of the question: a weak answer.
    const first = ranked[0];
    if (first && query.length >= 2 && share(first.anyBits) >= 0.99) confidence = 0.5;
    if (first && confidence > 0) mentions.push(first);
  }
  // Unexplained ordinary words are graded evidence, never a veto: they weaken the answer by how
  // much of the question they are.
  if (unknown.length > 0) {
    const ordinary = unknown.length - names.length;
    const share = ordinary / (ordinary + query.length);
    confidence *= 1 - 0.5 * share;
  }

  return { query, unknown, names, weakNames, content, ranked, mentions, confidence };
}

const NO_KEYS: DocKey[] = [];
/** A participle or gerund ("reviewing", "assessed"): long enough not to be "red" or "king". */
const VERB_FORM = /^([a-z]{3,})(?:ing|ed)$/;

function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0);
}

function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}
