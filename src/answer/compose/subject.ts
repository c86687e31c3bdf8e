// Who and what a relational question is about: the named activity or group, the entities it
// claims things about, and where a record sits.
import type { KnowledgeRecord, Membership } from "../../knowledge/model.js";
import { get } from "./common.js";
import type { Ctx } from "./context.js";

export function partOfChain(ctx: Ctx, rec: KnowledgeRecord): KnowledgeRecord[] {
  const out: KnowledgeRecord[] = [];
  let cur: KnowledgeRecord | undefined = rec;
  while (cur && "part_of" in cur && cur.part_of && out.length < 6) {
    const next = get(ctx.model, cur.part_of);
    if (!next || out.includes(next)) break;
    out.push(next);
    cur = next;
  }
  return out;
}

export function membersOf(
  ctx: Ctx,
  groupId: string,
  roles?: readonly Membership["role"][],
): Membership[] {
  return (ctx.model.relations.members.get(groupId) ?? []).filter(
    (m) => !roles || roles.includes(m.role),
  );
}

export function named(
  ctx: Ctx,
  m: Membership,
  side: "member" | "group",
): KnowledgeRecord | undefined {
  return ctx.model.byId.get(side === "member" ? m.member : m.group);
}

/** Other entities the question names: "is X led by Y?" names Y. */
export function claimed(ctx: Ctx, primary: KnowledgeRecord): KnowledgeRecord[] {
  return ctx.named
    .map((n) => n.rec)
    .filter((r) => r.id !== primary.id && r.type === "entity" && !ctx.against?.has(r.id));
}

/** The activity or group the question is about, if it names one; else the first record. */
export function subject(ctx: Ctx): KnowledgeRecord {
  const act = ctx.named.find((n) => n.rec.type === "activity");
  if (act) return act.rec;
  const group = ctx.named.find((n) => (ctx.model.relations.members.get(n.rec.id)?.length ?? 0) > 0);
  return (group ?? ctx.named[0])?.rec as KnowledgeRecord;
}

export function capitalizeFirst(s: string): string {
  return s.length > 0 ? (s[0] as string).toUpperCase() + s.slice(1) : s;
}
