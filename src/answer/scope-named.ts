// Scope words that are the knowledge's own: "the passkeys rollout" names a record, "budgets" are
// one of the aspects of GFP work; neither makes the question out of scope.
import type { Core } from "./core.js";
import type { ParsedQuestion } from "./intent.js";
import { couldMatch } from "./lexicon/required-literals.js";
import type { SearchResult } from "./search.js";

const PAYING =
  /^(?:pays?|paid|paying) for|^fund(?:s|ed|ing)? (?:it|this|that|the)|^(?:funded|financed|sponsored|bankrolled) by|^who funds/;
// ("What is its annual budget?", "their costs": a possessive or "what is" before the money word
// asks for the figure too.)
const FIGURE_ASKED =
  /\b(?:(?:the|its|their|total|overall|annual|combined|yearly) (?:\w+ )?(?:budgets?|costs?|funding) (?:of|for|allocated|earmarked|assigned|available|spent)|how much|(?:its|their) (?:\w+ )?(?:budgets?|costs?|funding)|what (?:is|s|was|are|were) (?:the |its |their )?(?:\w+ )?(?:budgets?|costs?)|(?:share|proportion|percentage|portion|part) of (?:\w+ ){0,3}(?:budgets?|funding|costs?)|le budget (?:du|de|des)|quel est le budget)\b/;

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
  // ("the full name of the Global Focal Point arrangement": a title inside a record's name is
  // no person's; the word "name" is the question's, not the span's subject.)
  const person = scope === "person";
  if (scope !== "money" && scope !== "future" && scope !== "small_talk" && !person) return false;
  const joined = pq.allWords.join(" ");
  // "The total budget of X", "how much": a figure is asked for, whatever the facts mention.
  if (scope === "money" && FIGURE_ASKED.test(joined)) return false;
  const spans: string[] = [];
  const at = new Map<string, number>();
  for (const r of core.lex.scope) {
    if (r.reason !== scope || !couldMatch(r.need, joined)) continue;
    for (const m of joined.matchAll(new RegExp(r.re.source, "g"))) spans.push(m[0]);
  }
  // (A person is also asked by the vocabulary's "person" asks: "the name of the focal point".)
  if (person)
    for (const a of core.lex.asks)
      if (a.ask === "person" && couldMatch(a.need, joined))
        for (const m of joined.matchAll(new RegExp(a.re.source, "g"))) {
          spans.push(m[0]);
          at.set(m[0], m.index);
        }
  // Every span that made the question out of scope must be the knowledge's own words; "X funds
  // the study", "pays for" say who pays, whatever record's name holds "fund".
  if (spans.some((span) => PAYING.test(span))) return false;
  return (
    spans.length > 0 &&
    spans.every((span) => {
      const words = core.index
        .analyzeText(span)
        .filter((w) => !core.lex.stopWords.has(w) && !(person && /^names?$/.test(w)));
      return res.mentions.slice(0, 3).some((mention) => {
        const rec = core.model.byId.get(mention.doc.id);
        if (!rec || words.length === 0) return false;
        // (For a person, the name typed in full where the title stands: "the name of the Global
        // Focal Point", not "the GFP focal point" nor "the focal point for the Global Focal Point".)
        const where = at.get(span) ?? -1;
        const inKey = person
          ? mention.doc.keys.some((k) => {
              if (!words.every((w) => k.tokens.includes(w))) return false;
              const i = joined.indexOf(k.folded);
              return i >= 0 && i < where + span.length && i + k.folded.length > where;
            })
          : words.every((w) => mention.doc.keys.some((k) => k.tokens.includes(w)));
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
        return inKey || (!person && inFacts);
      });
    })
  );
}
