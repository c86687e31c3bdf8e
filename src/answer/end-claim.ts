// "… has been shut down, is that true?", "UN Action was dissolved, right?": a claim that a body
// or piece of work ended (end_words) which no fact of the records it names states.
import type { KnowledgeRecord } from "../knowledge/model.js";
import type { Core } from "./core.js";
import { alternation, inClass, type Lexicon, lexiconPattern } from "./lexicon/lexicon.js";
import { opposedFact } from "./opposites.js";

const endPattern = (lex: Lexicon) =>
  lexiconPattern(lex, "end-words", () => new RegExp(`\\b(?:${alternation(lex, "end_words")})\\b`));

/**
 * Only a record's name, auxiliaries and adverbs in these words: what follows them is said of the
 * record itself ("UN Action was dissolved", "the GFP is being audited").
 */
export function onlyNameAndAuxiliaries(core: Core, words: readonly string[]): boolean {
  return words.every(
    (w) =>
      core.isName(w) ||
      core.lex.stopWords.has(w) ||
      inClass(core.lex, "auxiliaries", w) ||
      inClass(core.lex, "copulas", w) ||
      /ly$/.test(w),
  );
}

/** The end the claim states, when no fact of `recs` uses its words; otherwise undefined. */
export function endClaimed(
  core: Core,
  words: readonly string[],
  named: readonly { rec: KnowledgeRecord; at: number }[],
): string | undefined {
  const joined = words.join(" ");
  const m = endPattern(core.lex).exec(joined);
  if (!m) return undefined;
  // The record itself is said to end, not a thing of it: only its name, auxiliaries and adverbs
  // stand between ("UN Action was dissolved"; not "the MARA guidance will be scrapped").
  const endAt = joined.slice(0, m.index).split(" ").length - 1;
  const start = Math.min(...named.map((n) => (n.at >= 0 ? n.at : Number.POSITIVE_INFINITY)));
  if (!Number.isFinite(start) || start >= endAt) return undefined;
  if (!onlyNameAndAuxiliaries(core, words.slice(start, endAt))) return undefined;
  const recs = named.map((n) => n.rec);
  const tokens = m[0].split(" ").map((w) => core.index.analyze(w)[0] ?? w);
  const stated = recs.some((r) =>
    core.facts.factsOf(r).some((f) => tokens.every((t) => f.tokens.has(t))),
  );
  // ("the MARA guidance is being scrapped": a fact saying the opposite — it will be updated —
  // answers the claim "No".)
  if (stated || opposedFact(core, recs, words)) return undefined;
  return m[0];
}
