// --explain: each word's role, the question types weighed, the top facts and the decision, so a
// knowledge officer can see why a question was answered or refused.
import type { ScoredFact } from "./fact-score.js";
import type { ParsedQuestion } from "./intent.js";
import type { SearchResult } from "./search.js";
import type { Explanation } from "./types.js";

export function explainAnswer(
  pq: ParsedQuestion,
  res: SearchResult | undefined,
  facts: readonly ScoredFact[],
  decision: string,
): Explanation {
  const words: Explanation["words"] = pq.filler.map((w) => ({ word: w, role: "filler" }));
  pq.words.forEach((w, i) => {
    const q = res?.query.find((x) => x.pos === i);
    if (q) {
      const named = res?.mentions.find((m, k) => {
        const bit = res.query.indexOf(q);
        return k < 4 && (m.keyBits & (1 << bit)) !== 0;
      });
      words.push({
        word: w,
        role: named ? "name" : "content",
        ...(named
          ? { detail: named.doc.id }
          : q.token !== w
            ? { detail: `read as ${q.token}` }
            : {}),
      });
    } else if (res?.names.includes(w) || res?.names.map((n) => n.toLowerCase()).includes(w)) {
      words.push({ word: w, role: "unexplained name" });
    } else if (res?.unknown.includes(w)) {
      words.push({ word: w, role: "unexplained" });
    } else {
      words.push({ word: w, role: pq.consumed[i] ? "cue or stop word" : "neutral" });
    }
  });
  return {
    words,
    types: pq.scores.slice(0, 4),
    facts: facts.slice(0, 3).map((f) => ({
      subject: f.fact.subject,
      field: f.fact.field,
      score: Math.round(f.score * 100) / 100,
      text: f.fact.text,
    })),
    decision,
  };
}
