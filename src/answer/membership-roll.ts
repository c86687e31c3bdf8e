// A group's membership list is what the source happens to name, never a full roll: "list all
// members of X" and "who's on X" (when only a chair is recorded) are refused with what it holds.
import type { KnowledgeRecord } from "../knowledge/model.js";
import { nameFor, theName } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { ParsedQuestion } from "./intent.js";
import { inClass, type Lexicon, message } from "./lexicon/lexicon.js";

/**
 * A members question about a group (not an activity, whose lists are stated in full): refused
 * when the group records no members, only a chair, or when the question wants the full list.
 */
export function membersRoll(
  ctx: Ctx,
  pq: ParsedQuestion,
  lex: Lexicon,
  composed?: string,
): string | undefined {
  // ("Which agencies are part of the IACG-MA?" is read as "part of" and answered as its members.)
  const asks = composed === "members" && pq.intent === "part_of" ? "members" : pq.intent;
  if (asks !== "members" && asks !== "partners") return undefined;
  const g = ctx.named[0]?.rec;
  const lang = pq.lang;
  if (g?.type !== "entity" || (ctx.model.people?.size ?? 0) > 0) return undefined;
  const ms = ctx.model.relations.members.get(g.id) ?? [];
  // "team of experts members?": a body that records no members of its own is refused, saying what
  // it is a member of — not answered with those memberships, which read as the answer.
  if (ms.length === 0) {
    if (asks !== "members" || pq.yesNo || ctx.named.length > 1) return undefined;
    // ("Which network is DPKO a member of?" asks its memberships: only "members of X", "X
    // members" ask for the body's own.)
    const at = ctx.named[0]?.at ?? -1;
    const m = pq.words.findIndex((w) => /^(?:members?|membres?|membership)$/.test(w));
    const of = /^(?:of|de|du|des|in)$/.test(pq.words[m + 1] ?? "");
    if (m < 0 || at < 0 || (m > at ? of : !of)) return undefined;
    const roles = (ctx.model.relations.memberOf.get(g.id) ?? [])
      .map((m) =>
        message(lex, "role_of", lang, {
          article: /^[aeiou]/.test(m.role) ? "an" : "a",
          role: m.role,
          group: shortHandle(ctx.model.byId.get(m.group)),
        }),
      )
      .join(message(lex, "and_word", lang));
    return message(lex, "no_member_list", lang, {
      name: nameFor(g, lang),
      own: roles ? message(lex, "records_it_as", lang, { roles }) : "",
    });
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
      ? message(lex, "holds_members", lang, { names: names.join(", ") })
      : chair
        ? message(lex, "holds_chair", lang, { name: shortHandle(ctx.model.byId.get(chair.member)) })
        : "";
  return message(lex, "no_full_membership", lang, { name: nameFor(g, lang), holds });
}

function shortHandle(r: KnowledgeRecord | undefined): string {
  return r ? ("acronyms" in r && r.acronyms?.[0]) || theName(r) : "";
}
