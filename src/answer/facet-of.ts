// "the specific form of violence the Liberia programme addressed", "which characteristics of
// girls, women, boys and men the IACG-MA considers": a part asked of something a named record's
// facts hold is a facet of that thing — the fact about it answers, the part is no missing field.
import type { Core } from "./core.js";
import type { KFact } from "./facts.js";
import { inClass } from "./lexicon/lexicon.js";

/** The noun at `at` is followed by "of" (or "de") and a word the facts use. */
export function facetOfHeld(
  core: Core,
  words: readonly string[],
  at: number,
  facts: readonly KFact[],
): boolean {
  const link = words[at + 1] ?? "";
  if (link !== "of" && !inClass(core.lex, "noun_links", link)) return false;
  const what = words[at + 2];
  if (!what || core.lex.stopWords.has(what)) return false;
  const token = core.index.analyze(what)[0] ?? what;
  return facts.some((f) => f.tokens.has(token));
}
