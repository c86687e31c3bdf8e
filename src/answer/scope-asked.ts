// Whether a question asks what the knowledge is not for (a budget, news, an opinion, a task):
// the scope rules of the vocabulary, read with typos mended, unless the scope word is the
// knowledge's own or the question is a claim a recorded fact contradicts.
import type { KnowledgeRecord } from "../knowledge/model.js";
import { otherAngle } from "./angle-claim.js";
import { namesExpansion } from "./claimed-expansion.js";
import type { Core } from "./core.js";
import type { ParsedQuestion } from "./intent.js";
import { narrowedRemit } from "./narrowed-remit.js";
import { opposedFact } from "./opposites.js";
import { type OutOfScope, outOfScope } from "./scope.js";
import { scopeWordIsNamed } from "./scope-named.js";
import type { SearchResult } from "./search.js";
import { fixCueTypo } from "./word-forms.js";

export function scopeAsked(
  core: Core,
  pq: ParsedQuestion,
  res: SearchResult,
  text: string,
): OutOfScope | undefined {
  // (Scope words are read with their typos mended too: "the iacg-ma budgt this yr".)
  const scope = outOfScope(
    pq.allWords.map((w) => fixCueTypo(w, core.lex, core.knows)),
    core.lex,
    core.holds,
  );
  if (!scope || scopeWordIsNamed(core, pq, res, scope) || namesExpansion(text)) return undefined;
  // ("… has weakened lately, true?": a claim a recorded fact contradicts is answered, news or not.)
  // ("… from a financial perspective, yeah?": a claim giving the record another angle, too.)
  const claimedOf = res.mentions
    .slice(0, 3)
    .map((m) => core.model.byId.get(m.doc.id))
    .filter((r): r is KnowledgeRecord => !!r);
  // ("… only deals with funding, true?": a claim narrowing its work to money, checked as a claim.)
  const contradicted =
    pq.yesNo &&
    ((scope === "news" && !!opposedFact(core, claimedOf, pq.words)) ||
      ((scope === "news" || scope === "money") &&
        (!!otherAngle(core, claimedOf, pq.words) ||
          (claimedOf[0] !== undefined && narrowedRemit(core, pq, claimedOf[0])))));
  return contradicted ? undefined : scope;
}
