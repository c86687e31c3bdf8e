// "Besides Liberia, which other countries…", "which agency co-chairs it alongside UNMAS?": the
// record a question sets aside is no answer to it.
import type { KnowledgeRecord } from "../knowledge/model.js";
import type { Draft } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { ParsedQuestion } from "./intent.js";

// ("à part le Libéria" is read "part le liberia": single letters are dropped.)
const EXCEPT =
  /\b(?:besides|apart from|other than|except|aside from|beyond|alongside|along with|together with|in addition to|outre|hormis|en dehors de|part (?:le|la|les|du|des|de)|aux cotes de|en plus de|autres? (?:[a-z]+ ){1,2}que)\b/;
// "Which agency co-chairs it alongside UNMAS?" asks for another chair, as "which other" does.
const OTHER =
  /\b(?:other|others|else|another|autres?|co (?:chair|lead|host|coordinat|convene)\w*)\b/;

/** The record a question sets aside ("besides X, which other…"), if it does. */
export function excludedRecord(pq: ParsedQuestion, ctx: Ctx): KnowledgeRecord | undefined {
  const joined = pq.allWords.join(" ");
  // "Liberia is given as an example — which other countries…?": the one it names is set aside.
  if (!EXCEPT.test(joined) && /\b(?:which|what) other\b/.test(joined)) {
    const example = ctx.named.find((n) => n.rec.type === "example");
    if (example) return example.rec;
  }
  // ("à part l'UNMAS": the article's apostrophe leaves "part unmas" once single letters go.)
  const m = EXCEPT.exec(joined) ?? (pq.lang === "fr" ? /\bpart (?=[a-z]{3,})/.exec(joined) : null);
  // "Which countries besides Liberia…?" asks for others as "which other countries" does.
  if (
    !m ||
    !(
      OTHER.test(joined) ||
      /\b(?:which|what|who|qui|quels?|quelles?)\b/.test(joined.slice(0, m.index))
    )
  )
    return undefined;
  const after = joined.slice(m.index + m[0].length, m.index + m[0].length + 60);
  // "what else does it do besides that?": what is set aside is a statement, not a record.
  // ("working alongside on the MARA review": "alongside" is then an adverb.)
  if (
    /^ ?(?:that|this|it|those|these|them|ca|cela|ceci|on|in|at|for|to|with|sur|dans)\b/.test(after)
  )
    return undefined;
  // The record named right after "other than" (not one named later in the sentence).
  let best: { rec: KnowledgeRecord; at: number } | undefined;
  for (const n of ctx.named) {
    // (Its own names: a piece of work found through a body's name carries that body's key.)
    const doc = ctx.index.docs[ctx.index.docById.get(n.rec.id) ?? -1];
    const hits = (doc?.keys ?? [n.key])
      .flatMap((k) => k.folded.split(" "))
      .filter((w) => w.length > 2)
      .map((w) => after.search(new RegExp(`\\b${w.replace(/[^a-z0-9]/g, "")}\\b`)))
      .filter((i) => i >= 0);
    const at = hits.length > 0 ? Math.min(...hits) : -1;
    if (at >= 0 && (!best || at < best.at)) best = { rec: n.rec, at };
  }
  // ("beyond country-level actors, relies on the MARA": what is set aside is no record; the MARA,
  // six words on, is what the question asks about.)
  if (!best || after.slice(0, best.at).split(" ").filter(Boolean).length > 3) return undefined;
  return best.rec;
}

/**
 * "Who's in UN Action besides DPKO?": the answer lists a group's members or a work's partners and
 * the one set aside is all of them (or is the answer itself).
 */
export function onlySetAside(ctx: Ctx, d: Draft, excluded: KnowledgeRecord): boolean {
  const p = d.primary;
  if (!p) return false;
  if (p.id === excluded.id) return true;
  const listed =
    p.type === "activity" && (d.intent === "partners" || d.intent === "members")
      ? [...(p.partners ?? [])]
      : d.intent === "members" || d.intent === "partners"
        ? (ctx.model.relations.members.get(p.id) ?? []).map((m) => m.member)
        : [];
  return listed.length > 0 && listed.every((id) => id === excluded.id);
}
