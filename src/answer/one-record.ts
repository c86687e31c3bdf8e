// "DPKO and DPO are two separate departments, right?": a claim that two names are two things,
// when both name one record (a former name and the current one), is no — and the record's history
// is the correction.

import { classPhraseAt } from "./claim-scope.js";
import { definition } from "./compose/card.js";
import type { Draft } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import { QUESTION_TYPES } from "./registry.js";
import type { SearchResult } from "./search.js";

export function oneRecordTwoNames(core: Core, ctx: Ctx, res: SearchResult): Draft | undefined {
  const rec = ctx.named[0]?.rec;
  const top = res.mentions[0];
  if (!ctx.pq.yesNo || !rec || !top || top.doc.id !== rec.id) return undefined;
  // Two different names of it typed in full ("DPKO" and "DPO").
  const names = new Set(top.fullKeys.map((k) => k.folded));
  if (names.size < 2) return undefined;
  const words = ctx.pq.words;
  if (!words.some((_, i) => classPhraseAt(core.lex, "distinct_words", words, i) > 0))
    return undefined;
  const d = QUESTION_TYPES.history.compose({ ...ctx, pq: { ...ctx.pq, intent: "history" } }, rec);
  if (!d) return undefined;
  // (The history composer may have answered a "same as" reading: "Yes, in effect: …".)
  const history = d.headline.replace(/^(?:Yes|Oui)\b[^:]*:\s*/, "");
  return { ...d, headline: definition(ctx, rec).headline, correction: `No: ${history}` };
}
