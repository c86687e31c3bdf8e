// No composer answered the question: a fact of another record may say who (when the question
// asks who, or which body of a kind), the best fact about the record may lead, or its short card
// answers; a question type that must not guess is refused with what the record holds instead.
import type { KnowledgeRecord } from "../knowledge/model.js";
import type { QueryToken } from "./candidate-index.js";
import { definition } from "./compose/card.js";
import type { Draft } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import { answeredElsewhere, factDraft } from "./fact-answer.js";
import type { ScoredFact } from "./fact-score.js";
import { heldInstead } from "./held-instead.js";
import type { ParsedQuestion } from "./intent.js";
import { factToKind } from "./kind-asked.js";
import { inClass, type Lexicon } from "./lexicon/lexicon.js";
import { QUESTION_TYPES } from "./registry.js";
import type { SearchResult } from "./search.js";
import type { RefusalReason } from "./types.js";

/** A question asking who (a body), or which body of a kind: another record's fact may say. */
const WHO_FORM =
  /\b(?:who|whom|whose|qui)\b|\b(?:which|what|quel|quelle|quels|quelles) (?:un |other |the )?(?:department|office|agenc|entit|org|organi[sz]ation|bod|unit|service|fund|team|group|network|outfit|actor|partner|structure|bureau|departement)/;

/** Question words: a question with one asks in its own way, not tersely by a cue. */
const ASKING =
  /^(?:what|which|who|whom|whose|where|when|how|why|quoi|que|qui|quel|quelle|quels|quelles|ou|quand|comment|combien|pourquoi)$/;

/**
 * "Could you provide the name of the current Chair of X?", "tell me the chair of X": a request for
 * the holder of the role, asking who as "who" does (no question word between request and cue).
 */
function requestsHolder(u: Uncomposed, lex: Lexicon): boolean {
  const { pq } = u;
  if (pq.intentAt <= 0 || (pq.intent !== "chair" && pq.intent !== "lead")) return false;
  const before = pq.words.slice(0, pq.intentAt);
  // (After a polite opener set aside as filler — "could you kindly tell me" — only "the" is left.)
  if (before.every((w) => lex.stopWords.has(w)) && !before.some((w) => ASKING.test(w))) return true;
  const at = before.findIndex((w) => inClass(lex, "request_verbs", w));
  return at >= 0 && !before.slice(at + 1).some((w) => ASKING.test(w));
}

/** The question is only names and its cue ("un action chair?"): it asks who, tersely. */
const terse = (u: Uncomposed) =>
  u.beyond.length === 0 &&
  u.res.unknown.length === 0 &&
  u.pq.words.length <= 5 &&
  !u.pq.words.some((w) => ASKING.test(w));

export interface Uncomposed {
  pq: ParsedQuestion;
  ctx: Ctx;
  res: SearchResult;
  ranked: readonly KnowledgeRecord[];
  /** The facts on the question's point, best first. */
  facts: ScoredFact[];
  /** Whether the best fact holds enough of the question to lead. */
  strong: boolean;
  /** The kinds of record a "which X" question asks for. */
  kinds: readonly string[] | undefined;
  /** The question's words beyond the names it uses. */
  beyond: readonly QueryToken[];
}

export type UncomposedOutcome =
  | { kind: "refuse"; text: string; reason: RefusalReason }
  | { kind: "draft"; draft: Draft; facts: ScoredFact[]; confirmed: boolean };

export function answerUncomposed(core: Core, u: Uncomposed): UncomposedOutcome {
  const { pq, ctx, res, ranked, kinds } = u;
  const { lex, model } = core;
  const first = ctx.named[0]?.rec as KnowledgeRecord;
  let { facts, strong } = u;
  let top = facts[0];
  const type =
    QUESTION_TYPES[pq.intent as keyof typeof QUESTION_TYPES] ?? QUESTION_TYPES.definition;
  // ("Where is it hosted?" asks for the place as "who" asks for the body.)
  const who =
    terse(u) ||
    WHO_FORM.test(pq.words.join(" ")) ||
    requestsHolder(u, lex) ||
    (pq.intent === "part_of" && /\b(?:where|ou)\b/.test(pq.words.join(" ")));
  // "UN Action is chaired by UN Women, right?": what the knowledge does not say, it cannot confirm.
  const strict = pq.yesNo && pq.intent !== "partners";
  if (type.whenMissing === "refuse" || (type.whenMissing === "who" && (who || strict))) {
    // "which service is behind X's rule of law work": another record's fact may say who.
    // "Which team does JCS coordinate with?": a fact of the record naming one of that kind.
    // (Not for a chair or a lead: a fact merely naming one is no answer to who chairs it.)
    const kindWanted = ["coordinate", "partners", "members"].includes(pq.intent)
      ? kinds
      : undefined;
    const named = ctx.named.map((n) => n.rec.id);
    const byOther = who
      ? (answeredElsewhere(core, res, ranked, pq.intent, first.id) ??
        (kindWanted ? factToKind(model, facts, kindWanted, named) : undefined))
      : undefined;
    // "UN Women leads the GFP, right?": what is not known is who leads the GFP.
    const led =
      strict && ctx.named[0] && ctx.named[0].at < pq.intentAt
        ? ctx.named.find((n) => n.at > pq.intentAt)?.rec
        : undefined;
    // "DPO chairs UN Action, correct?": refused, saying what the two are to each other.
    const held = !byOther && strict ? heldInstead(ctx, pq, lex) : undefined;
    const missing = type.missing(ctx, led ?? first, lex);
    if (!byOther)
      return { kind: "refuse", text: held ? `${missing} ${held}` : missing, reason: type.reason };
    facts = [byOther, ...facts];
    top = byOther;
    strong = true;
  }
  // No composer answer: the best fact about the record leads, or its short card.
  const draft = strong && top ? factDraft(core, pq.intent, top, facts) : definition(ctx, first);
  return { kind: "draft", draft, facts, confirmed: strong && !!top && top.coverage >= 0.8 };
}
