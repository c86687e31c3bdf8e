// "Is the GFP being audited?", "the IACG-MA is being evaluated, right?": a claim that a record is in a
// state (a participle) no word of the knowledge names. The record's card would say what it is,
// and "Yes" before it would confirm what nothing backs: the claim is neither confirmed nor denied.
import type { KnowledgeRecord } from "../knowledge/model.js";
import type { Core } from "./core.js";
import { onlyNameAndAuxiliaries } from "./end-claim.js";
import type { ParsedQuestion } from "./intent.js";
import type { SearchResult } from "./search.js";

/** An English participle ("audited", "being restructured"): long enough not to be "red" or "sing". */
const PARTICIPLE = /^[a-z]{3,}(?:ed|ing)$/;

/**
 * The participle the claim ends on, when the knowledge has no word for it and only the record's
 * name, auxiliaries and adverbs come before it ("the GFP is being audited"); otherwise undefined.
 * (A participle followed by words the knowledge holds, "framed from a gender perspective", is
 * backed by them.)
 */
export function unheldState(
  core: Core,
  pq: ParsedQuestion,
  res: SearchResult,
  named: readonly { rec: KnowledgeRecord; at: number }[],
): string | undefined {
  if (!pq.yesNo) return undefined;
  const start = Math.min(...named.map((n) => (n.at >= 0 ? n.at : Number.POSITIVE_INFINITY)));
  if (!Number.isFinite(start)) return undefined;
  for (const w of res.unknown) {
    if (!PARTICIPLE.test(w) || res.names.includes(w)) continue;
    const at = pq.words.lastIndexOf(w);
    if (at <= start || res.query.some((q) => (q.pos ?? -1) > at)) continue;
    if (onlyNameAndAuxiliaries(core, pq.words.slice(start, at))) return w;
  }
  return undefined;
}
