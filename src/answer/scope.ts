// Questions a "who leads what" knowledge base cannot answer whatever records it holds: budgets,
// future plans, instructions to the bot, small talk; people's names and contact details where the
// folder holds none. Recognised from the wording (patterns in the vocabulary files), before any
// search, so a known name in the question ("the budget for the MARA") cannot turn into a
// confident wrong card.
import type { Lexicon } from "./lexicon/lexicon.js";
import { guardedTest } from "./lexicon/required-literals.js";
import type { ScopeReason } from "./lexicon/schema.js";

export type OutOfScope = ScopeReason;

/** Why a question is outside what this knowledge base can answer, or null. */
export function outOfScope(
  words: readonly string[],
  lex: Lexicon,
  holds: { people: boolean; contacts: boolean } = { people: false, contacts: false },
): OutOfScope | null {
  const joined = words.join(" ");
  for (const r of lex.scope) if (guardedTest(r, joined)) return r.reason;
  if (!holds.people && lex.asks.some((a) => a.ask === "person" && guardedTest(a, joined)))
    return "person";
  if (!holds.contacts && lex.asks.some((a) => a.ask === "contact" && guardedTest(a, joined)))
    return "contact";
  let thisYear: number | undefined;
  for (const w of words) {
    if (!/^[12]\d{3}$/.test(w)) continue;
    thisYear ??= new Date().getUTCFullYear();
    if (Number(w) > thisYear) return "future";
  }
  return null;
}

/** Does the message give the bot an instruction ("forget your rules")? Only those rules are tried. */
export function givesInstruction(words: readonly string[], lex: Lexicon): boolean {
  const joined = words.join(" ");
  return lex.scope.some((r) => r.reason === "instructions" && guardedTest(r, joined));
}
