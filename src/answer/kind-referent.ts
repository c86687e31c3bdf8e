// "…and what does the group do?", "is that same department in UN Action?", "what's the acronym
// short for?": a kind word after "the/that/this" with no name refers to the latest record of that
// kind the context names. The phrase is replaced by that record's name before answering.
import type { KnowledgeRecord } from "../knowledge/model.js";
import { handle, shortName } from "./compose/common.js";
import type { Core } from "./core.js";
import { withoutAccents } from "./normalize.js";
import { ANSWER_MARK, CONTEXT_BREAK, namedIn } from "./question-context.js";

const REFERENT =
  /\b(?:that|this|the|said|ce|cet|cette|le|la|ledit|ladite)\s+(?:same\s+|very\s+|meme\s+|même\s+)?(departments?|dept|offices?|agency|agencies|groups?|networks?|services?|funds?|teams?|arrangements?|bod(?:y|ies)|entit(?:y|ies)|units?|stud(?:y|ies)|assessments?|initiatives?|programmes?|programs?|acronym|abbreviation|organi[sz]ations?|org|département|bureau|groupe|réseau|reseau|service|fonds|équipe|equipe|étude|etude|sigle|acronyme|organisme|entité|entite)\b(?!\s+(?:of|on|for|de|du|des)\b)/gi;

/** Which records a kind word can stand for. */
function fits(word: string, rec: KnowledgeRecord): boolean {
  const w = withoutAccents(word.toLowerCase(), "NFD")
    .replace(/(?:ies)$/, "y")
    .replace(/s$/, "");
  const kind = "kind" in rec && typeof rec.kind === "string" ? rec.kind : "";
  if (["acronym", "abbreviation", "sigle", "acronyme"].includes(w))
    return "acronyms" in rec && (rec.acronyms?.length ?? 0) > 0;
  if (["body", "entity", "entite", "organisation", "organization", "org", "organisme"].includes(w))
    return rec.type === "entity";
  if (["initiative", "programme", "program"].includes(w)) return rec.type === "activity";
  const same: Record<string, string> = {
    dept: "department",
    departement: "department",
    bureau: "office",
    groupe: "group",
    reseau: "network",
    fond: "fund",
    fonds: "fund",
    equipe: "team",
    etude: "study",
  };
  return kind === (same[w] ?? w);
}

function mentionsIn(core: Core, text: string): KnowledgeRecord[] {
  return namedIn(core, text)
    .map((n) => core.model.byId.get(n.id))
    .filter((r): r is KnowledgeRecord => r !== undefined);
}

/** The question with "the group"-like phrases replaced by the context record they stand for. */
export function resolveKindReferent(core: Core, question: string, context: string): string {
  if (!context.trim()) return question;
  const matches = [...question.matchAll(REFERENT)];
  if (matches.length === 0) return question;
  const own = mentionsIn(core, question);
  const pieces = context.split(CONTEXT_BREAK).filter((p) => p.trim());
  let out = question;
  for (const m of matches) {
    const word = m[1] as string;
    // The phrase is followed by the name of a record of that kind ("the group IACG-MA"): nothing
    // to resolve. (Another record named elsewhere — "that entity … in the IACG-MA" — is no name
    // for it.)
    const after = question
      .slice((m.index ?? 0) + m[0].length)
      .trimStart()
      .toLowerCase();
    if (
      own.some(
        (r) =>
          fits(word, r) && [shortName(r), handle(r)].some((n) => after.startsWith(n.toLowerCase())),
      )
    )
      continue;
    let found: KnowledgeRecord | undefined;
    for (let i = pieces.length - 1; i >= 0 && !found; i--) {
      const piece = pieces[i] as string;
      const here = mentionsIn(core, piece);
      // In an answer ("UNMAS chairs IACG-MA" after "what does it chair?"), what it brought in
      // comes first: "that body" is the IACG-MA.
      if (piece.startsWith(ANSWER_MARK)) {
        const before = new Set(pieces.slice(0, i).flatMap((p) => mentionsIn(core, p)));
        here.sort((a, b) => Number(before.has(a)) - Number(before.has(b)));
      }
      found = here.find((r) => fits(word, r));
    }
    if (found) out = out.replace(m[0], shortName(found));
  }
  return out;
}
