// A group's membership list is what the source happens to name, never a full roll: "list all
// members of X" and "who's on X" (when only a chair is recorded) are refused with what it holds.
import type { KnowledgeRecord } from "../knowledge/model.js";
import { theName } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { ParsedQuestion } from "./intent.js";
import { inClass, type Lexicon } from "./lexicon/lexicon.js";

/**
 * A members question about a group (not an activity, whose lists are stated in full): refused
 * when the group records no members, only a chair, or when the question wants the full list.
 */
export function membersRoll(ctx: Ctx, pq: ParsedQuestion, lex: Lexicon): string | undefined {
  if (pq.intent !== "members" && pq.intent !== "partners") return undefined;
  const g = ctx.named[0]?.rec;
  if (g?.type !== "entity" || (ctx.model.people?.size ?? 0) > 0) return undefined;
  const ms = ctx.model.relations.members.get(g.id) ?? [];
  // "team of experts members?": a body that records no members of its own is refused, saying what
  // it is a member of — not answered with those memberships, which read as the answer.
  if (ms.length === 0) {
    if (pq.intent !== "members" || pq.yesNo || ctx.named.length > 1) return undefined;
    // ("Which network is DPKO a member of?" asks its memberships: only "members of X", "X
    // members" ask for the body's own.)
    const at = ctx.named[0]?.at ?? -1;
    const m = pq.words.findIndex((w) => /^(?:members?|membres?|membership)$/.test(w));
    const of = /^(?:of|de|du|des|in)$/.test(pq.words[m + 1] ?? "");
    if (m < 0 || at < 0 || (m > at ? of : !of)) return undefined;
    const own = (ctx.model.relations.memberOf.get(g.id) ?? [])
      .map(
        (m) =>
          `${/^[aeiou]/.test(m.role) ? "an" : "a"} ${m.role} of ${shortHandle(ctx.model.byId.get(m.group))}`,
      )
      .join(" and ");
    return `My knowledge base doesn't list the members of ${theName(g)}${own ? `; it records it as ${own}` : ""}.`;
  }
  // "Is UNMAS a member of the IACG-MA?", "UNMAS est juste member ou c'est le chair ?" ask about
  // one recorded membership: the composer answers it.
  if (ctx.named.some((n) => ms.some((m) => m.member === n.rec.id))) return undefined;
  const members = ms.filter((m) => m.role !== "chair");
  if (members.length > 0 && !pq.allWords.some((w) => inClass(lex, "whole_words", w)))
    return undefined;
  const chair = ms.find((m) => m.role === "chair");
  const names = members.map((m) => shortHandle(ctx.model.byId.get(m.member)));
  const holds =
    names.length > 0
      ? `it names ${names.join(", ")}`
      : chair
        ? `it names ${shortHandle(ctx.model.byId.get(chair.member))} as its chair`
        : "";
  return `My knowledge base doesn't give the full membership of ${theName(g)}${holds ? `; ${holds}` : ""}.`;
}

function shortHandle(r: KnowledgeRecord | undefined): string {
  return r ? ("acronyms" in r && r.acronyms?.[0]) || theName(r) : "";
}
