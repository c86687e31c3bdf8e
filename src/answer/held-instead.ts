// "DPO chairs UN Action, correct?": the knowledge names no chair of UN Action, so it cannot say
// yes or no, but it records how the two are related (DPO is a member): the refusal says so.
import type { Ctx } from "./compose/context.js";
import { membershipBetween, relation } from "./compose/relation.js";
import type { ParsedQuestion } from "./intent.js";
import { type Lexicon, message } from "./lexicon/lexicon.js";

/** Roles a claim may give one record in another ("X chairs Y") that a membership can belie. */
const ROLE_CLAIMS = new Set(["chair", "lead", "coordinate"]);

/** What the knowledge records of the claim's two records, when it is another role than claimed. */
export function heldInstead(ctx: Ctx, pq: ParsedQuestion, lex: Lexicon): string | undefined {
  if (!ROLE_CLAIMS.has(pq.intent)) return undefined;
  const [a, b] = ctx.named;
  if (!a || !b) return undefined;
  const m = membershipBetween(ctx, a.rec, b.rec);
  if (!m || m.role === pq.intent) return undefined;
  // (In English, as the refusal sentence it follows: the missing-fact messages are English.)
  return `${message(lex, "it_records", "en")} ${relation(ctx).headline}`;
}
