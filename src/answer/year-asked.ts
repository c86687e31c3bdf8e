// "Which countries hosted GFP missions in 2022?", "could you list what the MARA recorded in
// 2021?": a question about a year none of the named records' facts mentions asks about a time
// the knowledge says nothing of. (A claim giving a wrong year is answered by the claim checks.)
import { nameFor } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import { message } from "./lexicon/lexicon.js";

/** A question word that is a year. */
const YEAR = /^(?:19|20)\d\d$/;

export function unheldYear(core: Core, ctx: Ctx, answerText: string): string | undefined {
  const first = ctx.named[0]?.rec;
  // ("So it only started in 2022?": a date question is answered with the date the record has.)
  if (!first || ctx.pq.yesNo || ["status", "history"].includes(ctx.pq.intent)) return undefined;
  const years = ctx.pq.words.filter((w) => YEAR.test(w));
  if (years.length === 0) return undefined;
  const said = [
    answerText,
    ...ctx.named.flatMap((n) => core.facts.factsOf(n.rec).map((f) => f.text)),
  ].join(" ");
  const unheld = years.find((y) => !said.includes(y));
  if (!unheld) return undefined;
  return message(core.lex, "no_year", ctx.pq.lang, {
    name: nameFor(first, ctx.pq.lang),
    year: unheld,
  });
}
