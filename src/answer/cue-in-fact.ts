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
  if (!cue) return false;
  // (A French cue is read in the knowledge's words: "partenaires" is "partners".)
  const words = [cue, ...(core.lex.glossary.get(pq.lang)?.get(cue) ?? [])];
  const stems = words.map((w) => core.index.analyze(w)[0]).filter((s) => s !== undefined);
  return (
    stems.some((s) => top.fact.tokens.has(s)) && top.coverage >= 0.5 && top.matched.length >= 1
  );
}
const RELATION_LISTS = new Set<Intent>(["partners", "members"]);
