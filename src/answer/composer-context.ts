// The context a question's composers read: its named records in order, what a claim sets against
// itself, and what the question sets aside (which is never its subject when it names another).
import type { KnowledgeRecord } from "../knowledge/model.js";
import { askedRecord } from "./asked-record.js";
import { setAgainstClaim } from "./claim-scope.js";
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import { withFocusActivity, withWorkOnTopic } from "./focus.js";
import type { ParsedQuestion } from "./intent.js";
import { contextOf } from "./question-context.js";
import type { SearchResult } from "./search.js";
import { excludedRecord } from "./set-aside.js";

export function questionContext(
  core: Core,
  pq: ParsedQuestion,
  res: SearchResult,
  counting: boolean,
): { ctx: Ctx; aside: KnowledgeRecord | undefined } {
  const { lex } = core;
  const base = agentAfter(
    pq,
    askedRecord(withFocusActivity(withWorkOnTopic(contextOf(core, pq, res), lex), counting), lex),
  );
  // "Led by DPO, not OHCHR, right?": OHCHR is set against the claim, not claimed to lead.
  const against = pq.yesNo
    ? new Set(base.named.filter((n) => setAgainstClaim(lex, pq, base, n)).map((n) => n.rec.id))
    : undefined;
  const claimCtx = against && against.size > 0 ? { ...base, against } : base;
  // "Which role, beyond chairing the inter-agency group, … to UNMAS?": what the question sets
  // aside is not what it asks about, when it names something else.
  const aside = excludedRecord(pq, claimCtx);
  const ctx =
    aside && claimCtx.named[0]?.rec.id === aside.id && claimCtx.named.length > 1
      ? {
          ...claimCtx,
          named: [
            ...claimCtx.named.filter((n) => n.rec.id !== aside.id),
            ...claimCtx.named.filter((n) => n.rec.id === aside.id),
          ],
        }
      : claimCtx;
  return { ctx, aside };
}

/** Words that put the doer after a passive verb ("coordinated by", "mené par"). */
const AGENT = new Set(["by", "par"]);
const ARTICLE = new Set(["the", "a", "an", "le", "la", "les", "un", "une", "des"]);

/**
 * "Mine action coordination is handled by the political affairs department, isn't it?": in a
 * claim, the record named after "by" is the claimed doer; the one named before it is what the
 * claim is about, however much more of the question the doer's longer name covers.
 */
function agentAfter(pq: ParsedQuestion, ctx: Ctx): Ctx {
  const [top, ...rest] = ctx.named;
  if (!pq.yesNo || !top) return ctx;
  // The doer's name starts right after "by" (articles aside): "by the political affairs department".
  const by = pq.words.findIndex((w, i) => {
    if (!AGENT.has(w)) return false;
    let k = i + 1;
    while (ARTICLE.has(pq.words[k] ?? "")) k++;
    return top.key.folded.split(" ").includes(pq.words[k] ?? "");
  });
  if (by < 0) return ctx;
  const before = rest.filter((n) => n.at >= 0 && n.at < by).sort((a, b) => a.at - b.at)[0];
  if (!before || before.at > top.at) return ctx;
  return { ...ctx, named: [before, top, ...rest.filter((n) => n !== before)] };
}
