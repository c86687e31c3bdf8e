// "Which network is DPO active in?": a question that names the kind of record it wants. When the
// composer's answer names no record of that kind, the fact relating the subject to one leads.
import type { KnowledgeModel, KnowledgeRecord } from "../knowledge/model.js";
import type { ScoredFact } from "./fact-score.js";
import type { Lexicon } from "./lexicon/lexicon.js";

// ("name of the network DPO participates in" asks for a network as "which network" does.)
const ASKED =
  /\b(?:which|what|quel|quelle|quels|quelles|names? of(?: the)?) (?:un |other |of the |the )?([a-z]+?)s?\b/;

/** The kind noun a "which X" question asks for, if it is one the knowledge's kinds fit. */
export function kindAsked(words: readonly string[], lex: Lexicon): readonly string[] | undefined {
  const m = ASKED.exec(words.join(" "));
  if (!m) return undefined;
  const direct = lex.kindNouns.get(m[1] as string);
  if (direct) return direct;
  // "which inter-agency network": the kind noun may come a word or two after "which" (the last
  // one of the run is the head: "agency" in "inter agency network" only qualifies it).
  const at = words.findIndex((w) => /^(?:which|what|quel|quelle|quels|quelles)$/.test(w));
  let found: readonly string[] | undefined;
  for (const w of words.slice(at + 2, at + 4))
    found = lex.kindNouns.get(w.replace(/s$/, "")) ?? found;
  return found;
}

function kindOf(rec: KnowledgeRecord): string | undefined {
  return rec.type === "entity" || rec.type === "activity" ? rec.kind : undefined;
}

/** Does any of these records have one of the kinds? */
export function hasKind(
  recs: readonly (KnowledgeRecord | undefined)[],
  kinds: readonly string[],
): boolean {
  return recs.some((r) => r !== undefined && kinds.includes(kindOf(r) ?? ""));
}

/** The best fact relating the subject to a record of one of the kinds. */
export function factToKind(
  model: KnowledgeModel,
  facts: readonly ScoredFact[],
  kinds: readonly string[],
  exclude: readonly string[],
): ScoredFact | undefined {
  return facts.find((f) =>
    f.fact.objects.some((id) => !exclude.includes(id) && hasKind([model.byId.get(id)], kinds)),
  );
}

/** A kind noun the knowledge's record kinds fit ("framework" is a policy). */
export function isKindNoun(word: string, lex: Lexicon): boolean {
  return lex.kindNouns.has(word);
}
