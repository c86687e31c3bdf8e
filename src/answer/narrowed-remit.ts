// (Beside narrowed-claim.ts, which checks a narrowed list against the fact listing it in full.)
// "True or false: the IACG-MA only deals with funding mine clearance", "so the scoping study was
// basically about peacekeeping budgets?": a claim that narrows a record's work to one thing. When
// most of what it narrows it to is in none of the record's facts, the claim is false, and the
// record's own card says what it does. (Such a claim names money or news without asking for any.)
import type { KnowledgeRecord } from "../knowledge/model.js";
import type { Core } from "./core.js";
import type { ParsedQuestion } from "./intent.js";
import { inClass } from "./lexicon/lexicon.js";

/** Whether the question narrows `rec`'s work to things its facts never state. */
export function narrowedRemit(core: Core, pq: ParsedQuestion, rec: KnowledgeRecord): boolean {
  if (!pq.yesNo) return false;
  const words = pq.allWords;
  const narrows = (w: string) => inClass(core.lex, "restrictive_words", w);
  const at = words.findIndex(narrows);
  if (at < 0) return false;
  const said = new Set<string>();
  for (const f of core.facts.factsOf(rec)) for (const t of f.tokens) said.add(t);
  // What it is narrowed to: the words after the narrowing one that are no name, cue or filler.
  const claimed = words
    .slice(at + 1)
    .filter(
      (w) =>
        w.length >= 3 &&
        !core.lex.stopWords.has(w) &&
        !core.lex.filler.has(w) &&
        !core.lex.cueWords.has(w) &&
        !inClass(core.lex, "remit_verbs", w) &&
        !narrows(w) &&
        !core.isName(w),
    )
    .map((w) => core.index.analyze(w)[0] ?? w);
  if (claimed.length === 0) return false;
  const unsaid = claimed.filter((t) => !said.has(t)).length;
  return unsaid * 2 >= claimed.length;
}
