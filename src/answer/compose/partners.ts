// Who works with whom: partners of an activity, members of a group, what several entities share.
import type { Entity, KnowledgeRecord } from "../../knowledge/model.js";
import {
  andList,
  type Draft,
  draft,
  get,
  handle,
  label,
  ref,
  shortName,
  theName,
  when,
} from "./common.js";
import type { Ctx } from "./context.js";
import { keyFacts, relatedOf } from "./describe.js";
import { capitalizeFirst, claimed, named, subject } from "./subject.js";

/** Activities and groups an entity is part of, with its role in each. */
export function involvement(ctx: Ctx, id: string): Map<string, string> {
  const rel = ctx.model.relations;
  const out = new Map<string, string>();
  for (const a of rel.leads.get(id) ?? []) out.set(a, "lead");
  for (const a of rel.partnerIn.get(id) ?? []) out.set(a, "partner");
  for (const a of rel.contributesTo.get(id) ?? []) out.set(a, "contributor");
  for (const m of rel.memberOf.get(id) ?? []) out.set(m.group, m.role);
  return out;
}

function participants(ctx: Ctx, rec: KnowledgeRecord): { who: KnowledgeRecord; role: string }[] {
  const out: { who: KnowledgeRecord; role: string }[] = [];
  const add = (id: string | undefined, role: string) => {
    const r = get(ctx.model, id);
    if (r && !out.some((x) => x.who.id === r.id)) out.push({ who: r, role });
  };
  if (rec.type === "activity") {
    add(rec.lead, "lead");
    for (const id of rec.partners ?? []) add(id, "partner");
    for (const id of rec.contributors ?? []) add(id, "contributor");
  }
  for (const m of ctx.model.relations.members.get(rec.id) ?? []) add(m.member, m.role);
  if (rec.type === "example") for (const id of rec.who) add(id, "involved");
  return out;
}

export function partners(ctx: Ctx, intent: Draft["intent"] = "partners"): Draft | undefined {
  const named = ctx.named.map((n) => n.rec);
  const ents = named.filter(
    (r) => r.type === "entity" && (ctx.model.relations.members.get(r.id)?.length ?? 0) === 0,
  );
  const s = subject(ctx);
  // Several entities: what they do together.
  if (ents.length >= 2) {
    const maps = ents.map((e) => involvement(ctx, e.id));
    const common = [...(maps[0] as Map<string, string>).keys()].filter((k) =>
      maps.every((m) => m.has(k)),
    );
    if (common.length === 0) return undefined;
    const things = common
      .map((id) => ctx.model.byId.get(id))
      .filter((x): x is KnowledgeRecord => x !== undefined);
    const first = things[0] as KnowledgeRecord;
    const others = participants(ctx, first).filter((p) => !ents.some((e) => e.id === p.who.id));
    const lead = others.find((p) => p.role === "lead");
    const rest = others.filter((p) => p.role !== "lead").map((p) => handle(p.who));
    const d = draft(
      intent,
      `${andList(ents.map(handle))} work together on ${andList(things.map(theName))}${lead ? `, led by ${handle(lead.who)}` : ""}${rest.length > 0 ? `, with ${andList(rest)}` : ""}.`,
      first,
    );
    d.cited.push(...ents);
    keyFacts(ctx, first, d);
    return d;
  }
  if (
    s.type === "activity" ||
    (ctx.model.relations.members.get(s.id)?.length ?? 0) > 0 ||
    s.type === "example"
  ) {
    const ps = participants(ctx, s);
    if (ps.length === 0) return undefined;
    const lead = ps.find((p) => p.role === "lead");
    const rest = ps.filter((p) => p !== lead);
    const headline = lead
      ? `${label(lead.who)} leads ${shortName(s)}${s.type === "activity" && when(s) ? ` ${when(s)}` : ""}${rest.length > 0 ? `, with ${andList(rest.map((p) => `${label(p.who)}${p.role !== "partner" ? ` (${p.role})` : ""}`))}` : ""}.`
      : `${capitalizeFirst(shortName(s))} brings together ${andList(rest.map((p) => `${label(p.who)} (${p.role})`))}.`;
    const d = draft(intent, headline, s);
    for (const m of ctx.model.relations.members.get(s.id) ?? [])
      if (m.summary)
        d.facts.push({
          label: handle(ctx.model.byId.get(m.member) as KnowledgeRecord),
          value: m.summary,
        });
    d.cited.push(...ps.map((p) => p.who));
    for (const other of claimed(ctx, s)) {
      if (!ps.some((p) => p.who.id === other.id))
        d.correction = `No: ${handle(other)} is not recorded as taking part in ${shortName(s)}.`;
    }
    return d;
  }
  if (s.type === "entity") {
    const inv = involvement(ctx, s.id);
    const lines: string[] = [];
    const refs: KnowledgeRecord[] = [];
    for (const [id, roleName] of inv) {
      const thing = ctx.model.byId.get(id);
      if (!thing) continue;
      const with_ = participants(ctx, thing)
        .filter((p) => p.who.id !== s.id)
        .map((p) => handle(p.who));
      lines.push(
        `${shortName(thing)} (${roleName}${with_.length > 0 ? `, with ${andList(with_)}` : ""})`,
      );
      refs.push(thing);
    }
    const rel = relatedOf(ctx, s).filter((r) => r.type === "entity" && !refs.includes(r));
    if (lines.length === 0 && rel.length === 0) return undefined;
    const headline =
      lines.length > 0
        ? `${label(s)} works with others on: ${lines.join("; ")}.`
        : `${label(s)} works with ${andList(rel.map(handle))}.`;
    const d = draft(intent, headline, s);
    if (lines.length > 0 && rel.length > 0)
      d.facts.push({
        label: "Also linked to",
        value: andList(rel.map(handle)),
        refs: rel.map(ref),
      });
    const coordRoles = (s.roles ?? []).filter((r) => /coordinat|with|expertise/i.test(r));
    if (coordRoles.length > 0)
      d.facts.push({ label: "Role", value: coordRoles.slice(0, 2).join("; ") });
    d.cited.push(...refs);
    d.related = refs;
    return d;
  }
  if (s.type === "term") {
    const tagged = (ctx.model.relations.taggedWith.get(s.id) ?? [])
      .map((id) => ctx.model.entities.get(id))
      .filter((e): e is Entity => e !== undefined);
    if (tagged.length === 0) return undefined;
    const d = draft(intent, `Working on ${shortName(s)}: ${andList(tagged.map(label))}.`, s);
    d.related = tagged;
    return d;
  }
  return undefined;
}

export function members(ctx: Ctx): Draft | undefined {
  const s = subject(ctx);
  if ((ctx.model.relations.members.get(s.id)?.length ?? 0) > 0 || s.type === "activity")
    return partners(ctx, "members");
  if (s.type === "entity") {
    const ms = ctx.model.relations.memberOf.get(s.id) ?? [];
    if (ms.length === 0) return undefined;
    const groups = ms.map(
      (m) => `${handle(named(ctx, m, "group") as KnowledgeRecord)} (${m.role})`,
    );
    const d = draft("members", `${label(s)} is a member or partner of ${andList(groups)}.`, s);
    d.cited = [...ms, s];
    return d;
  }
  return undefined;
}
