// "Isn't the IACG-MA the body that sets priorities among UN actors on CRSV?": the claim says what
// a record does, in the words of one of its facts, but on a topic that fact does not name. That
// fact, on its own topic, is the correction.
import type { QueryToken } from "./candidate-index.js";
import { lowerNames } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import { bestFacts } from "./fact-answer.js";
import { plainWords } from "./question-shape.js";

/** The fact that corrects a claim about the subject on the wrong topic, if there is one. */
export function topicSwap(core: Core, ctx: Ctx, beyond: readonly QueryToken[]): string | undefined {
  const [subject, ...rest] = ctx.named;
  if (subject?.rec.type !== "entity" || beyond.length < 2) return undefined;
  const topic = rest.find((n) => n.rec.type === "term" && n.at > subject.at)?.rec;
  if (!topic) return undefined;
  const [top] = bestFacts(core, [subject.rec], { tokens: beyond }, ctx.pq.intent, [subject.rec.id]);
  if (!top || top.coverage < 0.6 || top.matched.filter((m) => m !== "#record").length < 2)
    return undefined;
  const text = top.fact.text.toLowerCase();
  // The fact must name another topic, and not the one claimed, by any of its names ("WPS" is
  // the "women, peace and security" of the fact).
  if (lowerNames(topic).some((n) => text.includes(n))) return undefined;
  const words = ` ${plainWords(text)} `;
  const keys = core.index.docs[core.index.docById.get(topic.id) ?? -1]?.keys ?? [];
  if (keys.some((k) => k.folded.length > 3 && words.includes(` ${plainWords(k.folded)} `)))
    return undefined;
  const own = [...core.model.terms.values()].find(
    (t) => t.id !== topic.id && lowerNames(t).some((n) => n.length > 3 && text.includes(n)),
  );
  return own ? top.fact.text : undefined;
}
