// Scores facts against a question: BM25 over the words the records' names do not explain, plus
// evidence from the question type and from the records the question names. Results say which
// words matched, so --explain can show why a fact won.
import type { CandidateIndex } from "./candidate-index.js";
import type { KFact } from "./facts.js";
import type { Intent } from "./types.js";

export interface ScoredFact {
  fact: KFact;
  score: number;
  /** Share (idf-weighted) of the question's content words the fact holds. */
  coverage: number;
  matched: string[];
}

export interface FactQuery {
  tokens: readonly { token: string; weight: number }[];
  type: Intent;
  /** Records the question names, best first. */
  named: readonly string[];
  /**
   * Other records the question names that the answer has not yet said: a fact covers one when it
   * holds all the words of any of its names ("gender lens" is covered by "gender perspective").
   */
  records?: readonly { keys: readonly (readonly string[])[]; weight: number }[];
}

const K1 = 1.2;
const B = 0.5;
const AVG_LEN = 18;

export function scoreFacts(
  facts: readonly KFact[],
  q: FactQuery,
  index: CandidateIndex,
): ScoredFact[] {
  const idfs = q.tokens.map((t) => index.textIdf(t.token) * t.weight);
  let total = 0;
  for (const w of idfs) total += w;
  for (const r of q.records ?? []) total += r.weight;
  const out: ScoredFact[] = [];
  for (const fact of facts) {
    let text = 0;
    let have = 0;
    const matched: string[] = [];
    const norm = (K1 + 1) / (1 + K1 * (1 - B + (B * fact.length) / AVG_LEN));
    q.tokens.forEach((t, i) => {
      if (!fact.tokens.has(t.token)) return;
      const w = idfs[i] as number;
      have += w;
      text += w * norm;
      matched.push(t.token);
    });
    for (const r of q.records ?? []) {
      if (!r.keys.some((k) => k.length > 0 && k.every((t) => fact.tokens.has(t)))) continue;
      have += r.weight;
      text += r.weight * norm;
      matched.push("#record");
    }
    let score = text;
    if (fact.types.includes(q.type)) score += 0.6;
    const at = q.named.indexOf(fact.subject);
    if (at === 0) score += 0.8;
    else if (at > 0) score += 0.5;
    for (const o of fact.objects) if (q.named.includes(o)) score += 0.6;
    out.push({ fact, score, coverage: total > 0 ? have / total : 0, matched });
  }
  out.sort((a, b) => b.score - a.score);
  return out;
}
