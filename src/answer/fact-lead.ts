// A composer's answer and the fact that best holds the question's other words: which leads. The
// composer keeps its headline when it has its own yes/no logic (status, membership, parts); a
// generic card yields to the fact; a relation cue the fact itself says makes it the answer.
import type { Draft } from "./compose/common.js";
import type { Core } from "./core.js";
import { cueInsideFact } from "./cue-in-fact.js";
import { factDraft } from "./fact-answer.js";
import type { ScoredFact } from "./fact-score.js";
import type { ParsedQuestion } from "./intent.js";
import type { Intent } from "./types.js";

/** Types whose answer is a card any well-matched fact says better. */
const GENERIC = new Set<Intent>(["definition", "role", "purpose"]);

export function withLeadingFact(
  core: Core,
  pq: ParsedQuestion,
  d: Draft,
  top: ScoredFact,
  facts: readonly ScoredFact[],
  opts: { strong: boolean; counting: boolean },
): { draft: Draft; confirmed?: boolean } {
  if (d.correction || d.answered === false) return { draft: d };
  // "What does the GFP require of partners at HQ?": the fact that says the cue word leads.
  if (!opts.counting && cueInsideFact(core, pq, d.intent, top)) {
    const out = factDraft(core, pq.intent, top, facts);
    out.facts.push({ label: "Also", value: d.headline });
    return { draft: out };
  }
  if (!opts.strong) return { draft: d };
  const confirmed = top.coverage >= 0.8;
  if (GENERIC.has(d.intent) || (pq.yesNo && GENERIC.has(pq.intent))) {
    const out = factDraft(core, pq.intent, top, facts);
    out.facts.push(...d.facts.slice(0, 2));
    out.related.push(...d.related);
    return { draft: out, confirmed };
  }
  // The question names several records the composer's answer leaves out ("the key aspects of
  // GFP work into which partners at HQ integrate a WPS/gender perspective"): the fact that holds
  // them leads, the composer's answer follows.
  if (top.matched.filter((m) => m === "#record").length >= 2) {
    const out = factDraft(core, pq.intent, top, facts);
    out.facts.push({ label: "Also", value: d.headline });
    return { draft: out, confirmed };
  }
  d.facts.unshift({ label: "Also", value: top.fact.text });
  return { draft: d, confirmed };
}
