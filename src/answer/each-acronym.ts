// "Can someone spell out IACG-MA and MARA?": a question about what acronyms stand for that names
// several records by their acronyms answers each of them, in the order asked.
import type { KnowledgeRecord } from "../knowledge/model.js";
import type { Draft } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import { QUESTION_TYPES } from "./registry.js";

export function eachAcronym(ctx: Ctx, d: Draft): Draft {
  const byAcronym = ctx.named
    .filter((n) => n.key.source === "acronym" || n.key.source === "former_acronym")
    .sort((a, b) => a.at - b.at);
  if (byAcronym.length < 2) return d;
  const type = QUESTION_TYPES[ctx.pq.intent as "acronym"];
  const drafts = byAcronym.slice(0, 3).flatMap((n) => {
    const one = type.compose({ ...ctx, named: [n, ...ctx.named.filter((x) => x !== n)] }, n.rec);
    return one ? [{ rec: n.rec as KnowledgeRecord, draft: one }] : [];
  });
  if (drafts.length < 2) return d;
  const [first] = drafts as [(typeof drafts)[number], ...typeof drafts];
  return {
    ...first.draft,
    headline: drafts.map((x) => x.draft.headline).join(" "),
    facts: [],
    related: drafts.slice(1).map((x) => x.rec),
    cited: drafts.flatMap((x) => x.draft.cited),
  };
}
