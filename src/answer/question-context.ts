// Which record a question is about: the records it names, in the order it names them, and — for
// "and what does it do?" — the record the context before it named.
import type { KnowledgeRecord } from "../knowledge/model.js";
import type { Ctx, Named } from "./compose/context.js";
import type { Core } from "./core.js";
import { type ParsedQuestion, parseQuestion } from "./intent.js";
import { type SearchResult, search } from "./search.js";

export function contextOf(core: Core, pq: ParsedQuestion, res: SearchResult): Ctx {
  const named: Named[] = res.mentions.map((m) => {
    let at = -1;
    res.query.forEach((q, i) => {
      if (m.keyBits & (1 << i) && q.pos !== undefined && (at < 0 || q.pos < at)) at = q.pos;
    });
    return { rec: core.model.byId.get(m.doc.id) as KnowledgeRecord, key: m.key, at };
  });
  const primaryBits = res.mentions[0]?.keyBits ?? 0;
  const residual = res.query.filter((_, i) => (primaryBits & (1 << i)) === 0).map((q) => q.token);
  return { model: core.model, index: core.index, pq, named, residual };
}

/** Separates the pieces of context, oldest first: the newest that names a record wins. */
export const CONTEXT_BREAK = "\u0000";

/** The name of the record the context is about: what its latest piece names, if any. */
export function subjectOf(
  core: Core,
  context: string,
  opts: { activity?: boolean } = {},
): string | undefined {
  const pieces = context.split(CONTEXT_BREAK).filter((p) => p.trim());
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i] as string;
    const pq = parseQuestion(piece, core.knows, core.lex, core.isName, core.inNamePhrase);
    const res = search(pq, core.index, piece, core.lex);
    // The record named first is the sentence's subject ("UNMAS chairs the IACG-MA" → UNMAS) —
    // unless the follow-up asks what only a piece of work has ("what is it supposed to lead
    // to?" after "since when has DPO led the MARA assessment"): then the activity it names.
    let best: { text: string; at: number } | undefined;
    let work: { text: string; at: number } | undefined;
    for (const m of res.mentions) {
      let at = Number.POSITIVE_INFINITY;
      res.query.forEach((q, i) => {
        if (m.keyBits & (1 << i)) at = Math.min(at, q.pos ?? at);
      });
      if (!best || at < best.at) best = { text: m.key.text, at };
      const rec = core.model.byId.get(m.doc.id);
      if (rec?.type === "activity" && (!work || at < work.at)) work = { text: m.key.text, at };
    }
    if (opts.activity && work) return work.text;
    if (best) return best.text;
  }
  return undefined;
}

const POINTS_ELSEWHERE =
  /^(?:it|its|they|them|their|that|this|these|those|il|elle|ils|elles|ce|cela|ca)$/;

/**
 * "…found the arrangements ineffective. Is that right?", "Who is it?", "since when?": a question
 * with no word of its own (a yes/no tag, a generic or short question without a pronoun that points
 * elsewhere) asks about the short statement before it, which is returned.
 */
export function statementAsked(
  pq: ParsedQuestion,
  res: SearchResult,
  context: string,
): string | undefined {
  if (res.query.length > 0 || res.unknown.length > 0) return undefined;
  const latest = context
    .split(CONTEXT_BREAK)
    .filter((p) => p.trim())
    .pop()
    ?.trim();
  // (A long statement says more than the one thing the follow-up is about.)
  if (!latest || latest.split(/\s+/).length > 30) return undefined;
  const bare =
    pq.yesNo ||
    pq.scores.length === 0 ||
    (pq.words.length <= 4 &&
      (pq.scores.every((x) => x.type === "definition") ||
        !pq.words.some((w) => POINTS_ELSEWHERE.test(w))));
  return bare ? latest : undefined;
}
