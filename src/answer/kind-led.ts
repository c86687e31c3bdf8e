// "Which network…": an answer that names no record of the kind asked yields to the fact that
// does; so does a record's card ("which agency lends its expertise to the GFP?": the card names
// its partners, the fact saying the question's words beyond the names names the agency).
import type { Draft } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import { factDraft } from "./fact-answer.js";
import type { ScoredFact } from "./fact-score.js";
import { factToKind, hasKind } from "./kind-asked.js";

/** A fact that matched a word of the question beyond the records it names. */
const saysMoreThanNames = (f: ScoredFact) => f.matched.some((m) => m !== "#record");

export function kindLed(
  core: Core,
  ctx: Ctx,
  d: Draft,
  facts: readonly ScoredFact[],
  kinds: readonly string[],
): Draft | undefined {
  const named = ctx.named.map((n) => n.rec.id);
  const card = d.intent === "definition" && !ctx.pq.yesNo;
  const others = [d.primary, ...d.related, ...d.cited].filter((r) => !named.includes(r?.id ?? ""));
  const found = hasKind(others, kinds);
  if (!card && found) return undefined;
  const toKind = factToKind(
    core.model,
    card && found ? facts.filter(saysMoreThanNames) : facts,
    kinds,
    named,
  );
  return toKind ? factDraft(core, ctx.pq.intent, toKind, facts) : undefined;
}
