// "How does X relate to Y": a recorded membership or nesting between the two, else the sentences
// of the knowledge that mention both.
import type { KnowledgeRecord } from "../../knowledge/model.js";
import { ownText } from "../record-fields.js";
import { definition } from "./card.js";
import {
  type Draft,
  draft,
  handle,
  joinSentences,
  label,
  ref,
  shortName,
  summaryLine,
} from "./common.js";
import { type Ctx, focusSentences } from "./context.js";
import { partOfChain } from "./subject.js";

/** "What does X have to do with Y": the sentences where the knowledge links them. */
export function relation(ctx: Ctx): Draft {
  const [a, b] = ctx.named;
  const first = a?.rec as KnowledgeRecord;
  const second = b?.rec as KnowledgeRecord;
  // A recorded link between the two says it best: a membership, or one housed in the other.
  const m = membershipBetween(ctx, first, second);
  if (m) {
    const member = ctx.model.byId.get(m.member) as KnowledgeRecord;
    const group = ctx.model.byId.get(m.group) as KnowledgeRecord;
    const d = draft("role", membershipSentence(m.role, label(member), label(group)), member);
    d.cited = [m, member, group];
    if (m.summary) d.facts.push({ label: `${handle(member)} there`, value: m.summary });
    d.facts.push({ label: handle(group), value: summaryLine(group), refs: [ref(group)] });
    return d;
  }
  for (const [x, y] of [
    [first, second],
    [second, first],
  ] as const) {
    const chain = partOfChain(ctx, x);
    const at = chain.findIndex((c) => c.id === y.id);
    if (at < 0) continue;
    const d = draft(
      "role",
      `${label(x)} is part of ${chain
        .slice(0, at + 1)
        .map(label)
        .join(", part of ")}.`,
      x,
    );
    d.cited.push(...chain.slice(0, at + 1));
    d.facts.push({ label: handle(x), value: summaryLine(x), refs: [ref(x)] });
    return d;
  }
  const wordsOf = (r: KnowledgeRecord, key: string) => [
    ...new Set([...ctx.index.analyze(key), ...ctx.index.analyze(shortName(r).toLowerCase())]),
  ];
  const found = [
    ...focusSentences(ctx, ownText(first), wordsOf(second, b?.key.folded ?? ""), 2),
    ...focusSentences(ctx, ownText(second), wordsOf(first, a?.key.folded ?? ""), 1),
  ];
  // The same sentence told from each side ("Mine action also supports …") is said once.
  const unique: string[] = [];
  for (const f of found) {
    const w = new Set(ctx.index.analyze(f));
    const same = unique.some((u) => {
      const v = new Set(ctx.index.analyze(u));
      const shared = [...w].filter((x) => v.has(x)).length;
      return shared >= 0.8 * Math.max(w.size, v.size);
    });
    if (!same) unique.push(f);
    if (unique.length === 2) break;
  }
  if (unique.length === 0) {
    const d = definition(ctx, first);
    d.headline = `I have nothing that links ${handle(first)} and ${handle(second)} directly. ${d.headline}`;
    d.intent = "role";
    return d;
  }
  const d = draft("role", joinSentences(unique), first);
  d.cited.push(second);
  d.facts.push({
    label: "About",
    value: `${label(first)}; ${label(second)}`,
    refs: [ref(first), ref(second)],
  });
  return d;
}

/** "UNMAS chairs IACG-MA.", "DPO is a member of UN Action." */
export function membershipSentence(role: string, member: string, group: string): string {
  const verb =
    role === "chair"
      ? "chairs"
      : role === "coordinator"
        ? "coordinates"
        : role === "contributor"
          ? "contributes to"
          : `is ${/^[aeiou]/.test(role) ? "an" : "a"} ${role} of`;
  return `${member} ${verb} ${group}.`;
}

export function membershipBetween(ctx: Ctx, a: KnowledgeRecord, b: KnowledgeRecord) {
  for (const m of ctx.model.relations.memberOf.get(a.id) ?? []) if (m.group === b.id) return m;
  for (const m of ctx.model.relations.memberOf.get(b.id) ?? []) if (m.group === a.id) return m;
  return undefined;
}

/**
 * "What role does UNMAS have in the IACG-MA?", "UNMAS's role within the IACG-MA": a role asked of
 * one record inside another is their recorded membership, when there is one.
 */
export function roleIn(ctx: Ctx): Draft | undefined {
  const [a, b] = ctx.named;
  if (!a || !b || !membershipBetween(ctx, a.rec, b.rec)) return undefined;
  if (!/\b(?:in|within|inside|on|at|au sein|dans)\b/.test(ctx.pq.words.join(" "))) return undefined;
  return relation(ctx);
}
