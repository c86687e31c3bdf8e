// Scope words that are the knowledge's own: "the passkeys rollout" names a record, "budgets" are
// one of the aspects of GFP work; neither makes the question out of scope.
import type { Core } from "./core.js";
import type { ParsedQuestion } from "./intent.js";
import type { SearchResult } from "./search.js";

const PAYING =
  /^(?:pays?|paid|paying) for|^fund(?:s|ed|ing)? (?:it|this|that|the)|^(?:funded|financed|sponsored|bankrolled) by|^who funds/;
const FIGURE_ASKED =
  /\b(?:(?:the|its|their|total|overall|annual|combined|yearly) (?:\w+ )?(?:budgets?|costs?|funding) (?:of|for|allocated|earmarked|assigned|available|spent)|how much|(?:share|proportion|percentage|portion|part) of (?:\w+ ){0,3}(?:budgets?|funding|costs?)|le budget (?:du|de|des)|quel est le budget)\b/;

/**
 * "The passkeys rollout", "budgets and deployments" of GFP work: a scope word that is part of a
 * named record's name or of its facts is the knowledge's own word, not an out-of-scope ask.
 */
export function scopeWordIsNamed(
  core: Core,
  pq: ParsedQuestion,
  res: SearchResult,
  scope: string,
): boolean {
  if (scope !== "money" && scope !== "future" && scope !== "small_talk") return false;
  const joined = pq.allWords.join(" ");
  // "The total budget of X", "how much": a figure is asked for, whatever the facts mention.
  if (scope === "money" && FIGURE_ASKED.test(joined)) return false;
  const spans: string[] = [];
  for (const r of core.lex.scope) {
    if (r.reason !== scope) continue;
    for (const m of joined.matchAll(new RegExp(r.re.source, "g"))) spans.push(m[0]);
  }
  // Every span that made the question out of scope must be the knowledge's own words; "X funds
  // the study", "pays for" say who pays, whatever record's name holds "fund".
  if (spans.some((span) => PAYING.test(span))) return false;
  return (
    spans.length > 0 &&
    spans.every((span) => {
      const words = core.index.analyzeText(span).filter((w) => !core.lex.stopWords.has(w));
      return res.mentions.slice(0, 3).some((mention) => {
        const rec = core.model.byId.get(mention.doc.id);
        if (!rec || words.length === 0) return false;
        const inKey = words.every((w) => mention.doc.keys.some((k) => k.tokens.includes(w)));
        // Money words may be what a record's facts are about ("budgets" of GFP work); a time
        // word only when it is part of a name ("the passkeys rollout").
        // The fact must also hold another word of the question: "the budget of GFP" asks for a
        // figure, "does the GFP perspective cover budgets?" asks about the fact.
        const others = res.query
          .map((q) => q.token)
          .filter((t) => !words.includes(t) && !mention.doc.keys.some((k) => k.tokens.includes(t)));
        const inFacts =
          scope === "money" &&
          core.facts
            .factsOf(rec)
            .some(
              (f) => words.every((w) => f.tokens.has(w)) && others.some((t) => f.tokens.has(t)),
            );
        return inKey || inFacts;
      });
    })
  );
}
