// The count and list stage: "how many…" counts a list of records the knowledge states in full,
// or else a list one of the named records' facts spells out; "list the areas of…" puts the fact
// that spells the list out first, in full.
import { answerCount, countLine } from "./asks.js";
import type { QueryToken } from "./candidate-index.js";
import type { Draft } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import { listDraft, listedFact, peopleListed } from "./enumeration.js";
import type { RefusalReason } from "./types.js";

export type CountOrList =
  | { kind: "draft"; draft: Draft | undefined }
  | { kind: "refuse"; text: string; reason: RefusalReason };

export function countOrList(
  core: Core,
  ctx: Ctx,
  d: Draft | undefined,
  count: boolean,
  beyond: readonly QueryToken[],
): CountOrList {
  const { pq } = ctx;
  const recs = ctx.named.slice(0, 3).map((n) => n.rec);
  const named = ctx.named.map((n) => n.rec.id);
  if (count) {
    const r = answerCount(ctx, core.lex, d);
    if (r.kind === "draft") return r;
    // No list of records to count: a list one of its facts spells out may be it.
    const listed = r.noList
      ? (listedFact(core, recs, beyond, pq.intent, named) ??
        (r.people ? peopleListed(core, recs, pq.intent, named) : undefined))
      : undefined;
    if (!listed) return r;
    // "How many missions host GFP deployments?": a list that has missions as one item does not
    // count them.
    const counted = /\b(?:how many|number of|combien d[eu]s?)\s+(?:\w+\s+)?(\w+)/.exec(
      pq.allWords.join(" "),
    );
    const noun = counted?.[1] ?? "";
    if (noun && listed.items.some((item) => item.toLowerCase().split(/\s+/).includes(noun)))
      return r;
    const headline = countLine(core.lex, pq.lang, listed.items);
    return { kind: "draft", draft: listDraft(core, pq.intent, listed, d, headline) };
  }
  const listed = listedFact(core, recs, beyond, pq.intent, named);
  if (listed && !d?.headline.includes(listed.fact.fact.text)) {
    return { kind: "draft", draft: listDraft(core, pq.intent, listed, d) };
  }
  return { kind: "draft", draft: d };
}
