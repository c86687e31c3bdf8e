// What every composer gets: the model, the parsed question and the records it names.
import type { KnowledgeModel, KnowledgeRecord } from "../../knowledge/model.js";
import type { CandidateIndex } from "../candidate-index.js";
import type { ParsedQuestion } from "../intent.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import type { DocKey } from "../search-doc.js";
import { STOP_WORDS } from "../vocabulary.js";
import { sentences } from "./common.js";

export interface Named {
  rec: KnowledgeRecord;
  /** The name the question used for it. */
  key: DocKey;
  /** Word index in the question where it is named (first matching word), or -1. */
  at: number;
}

export interface Ctx {
  model: KnowledgeModel;
  index: CandidateIndex;
  pq: ParsedQuestion;
  /** The question vocabulary (built-in and the folder's own). */
  lex: Lexicon;
  /** Records the question names, best first (at least one). */
  named: Named[];
  /** Canonical question words its primary record's names do not explain. */
  residual: string[];
  /** Records a claim sets against itself ("led by DPO, not OHCHR"): no part of what it claims. */
  against?: ReadonlySet<string>;
}

const sentenceCache = new Map<string, string[]>();

/** Memoised: the same knowledge texts are split again and again. */
function sentencesOf(text: string): string[] {
  let out = sentenceCache.get(text);
  if (!out) {
    out = sentences(text);
    if (sentenceCache.size > 20_000) sentenceCache.clear();
    sentenceCache.set(text, out);
  }
  return out;
}

/** Sentences of these texts that contain the most of the given words (at least one), best first. */
export function focusSentences(
  ctx: Ctx,
  texts: readonly string[],
  words: readonly string[],
  max = 2,
): string[] {
  const wanted = words.filter((w) => !STOP_WORDS.has(w));
  if (wanted.length === 0) return [];
  const scored: { s: string; hits: number; order: number }[] = [];
  let order = 0;
  for (const text of texts) {
    for (const s of sentencesOf(text)) {
      const toks = ctx.index.textSet(s);
      const hits = wanted.filter((w) => toks.has(w)).length;
      if (hits > 0) scored.push({ s, hits, order: order++ });
    }
  }
  scored.sort((a, b) => b.hits - a.hits || a.order - b.order);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of scored) {
    if (seen.has(x.s)) continue;
    seen.add(x.s);
    out.push(x.s);
    if (out.length >= max) break;
  }
  return out;
}
