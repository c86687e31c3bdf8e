// "Which organisation authored the existing MARA guidance?", "UN Action was founded by DPKO,
// right?": who founded, created or wrote a thing is known only where one of its facts says so;
// otherwise the question is refused, not answered with the card of a body linked to it.
import { nameFor } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import { message } from "./lexicon/lexicon.js";

const SAYS_ORIGIN =
  /\b(?:found(?:ed|er|ing)|establish(?:ed|ment)|creat(?:ed|ion)|set up|author(?:ed|s)?|wr(?:ote|itten)|draft(?:ed|s)?)\b/i;

const ORIGIN_VERB =
  /^(?:founded|established|created|authored|written|wrote|drafted|designed|fonde|fondee|cree|creee|redige|redigee|ecrit|ecrite)$/;

export function unheldOrigin(core: Core, ctx: Ctx): string | undefined {
  const recs = ctx.named.slice(0, 3).map((n) => n.rec);
  const first = recs[0];
  if (!first) return undefined;
  if (recs.some((r) => core.facts.factsOf(r).some((f) => SAYS_ORIGIN.test(f.text))))
    return undefined;
  // The thing made: named before "founded by" ("UN Action was founded by DPKO"), after an active
  // verb ("OHCHR wrote the MARA guidance").
  const words = ctx.pq.words;
  const verb = words.findIndex((w) => ORIGIN_VERB.test(w));
  const passive = verb >= 0 && words[verb + 1] === "by";
  const made =
    verb < 0
      ? first
      : ((passive
          ? ctx.named.filter((n) => n.at >= 0 && n.at < verb).pop()
          : ctx.named.find((n) => n.at > verb)
        )?.rec ?? first);
  return message(core.lex, "no_origin", ctx.pq.lang, { name: nameFor(made, ctx.pq.lang) });
}
