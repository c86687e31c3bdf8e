// "What does the GFP require of partners at HQ?": a question whose relation cue is a word of the
// best fact is about that fact, not about the relation's list.
import type { Core } from "./core.js";
import type { ScoredFact } from "./fact-score.js";
import type { ParsedQuestion } from "./intent.js";
import type { Intent } from "./types.js";

/**
 * "What does the GFP require of partners at HQ?": the word that cued a list of partners or
 * members is one the best fact itself says ("ensures that partners at HQ…"), so the question is
 * about that fact, not about who the partners are.
 */
export function cueInsideFact(
  core: Core,
  pq: ParsedQuestion,
  intent: Intent,
  top: ScoredFact,
): boolean {
  if (!RELATION_LISTS.has(intent) || pq.intentAt < 0 || pq.yesNo) return false;
  const cue = pq.words[pq.intentAt];
  const stem = cue ? core.index.analyze(cue)[0] : undefined;
  return !!stem && top.fact.tokens.has(stem) && top.coverage >= 0.5 && top.matched.length >= 1;
}
const RELATION_LISTS = new Set<Intent>(["partners", "members"]);
