// Who works with whom: partners of an activity, members of a group, what several entities share.
import type { Activity, Entity, KnowledgeRecord } from "../../knowledge/model.js";
import { keyFacts, relatedOf } from "./card.js";
import {
  andList,
  type Draft,
  draft,
  get,
  handle,
  label,
  records,
  ref,
  shortName,
  summaryLine,
  theName,
  when,
} from "./common.js";
import type { Ctx } from "./context.js";
import { claimed, subject } from "./subject.js";

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

/**
 * "which agencies partner with DPO on the MARA?": a topic plus an entity means the activity on
 * that topic the entity takes part in, when there is exactly one such activity.
 */
export function topicActivity(ctx: Ctx): Ctx {
  if (ctx.named.some((n) => n.rec.type === "activity")) return ctx;
  const topic = ctx.named.find((n) => n.rec.type === "term");
  const ents = ctx.named.filter((n) => n.rec.type === "entity");
  if (!topic || ents.length === 0) return ctx;
  const acts = (ctx.model.relations.taggedWith.get(topic.rec.id) ?? [])
    .map((id) => ctx.model.activities.get(id))
    .filter((a): a is Activity => a !== undefined)
    .filter((a) => ents.every((e) => involvement(ctx, e.rec.id).has(a.id)));
  const act = acts[0];
  if (!act || acts.length > 1) return ctx;
  return {
    ...ctx,
    named: [{ ...topic, rec: act }, ...ctx.named.filter((n) => n !== topic)],
  };
}

/** "Yes: DPO is a member of UN Action." for a yes/no question naming a member of the group. */
function membershipVerdict(
  ctx: Ctx,
  s: KnowledgeRecord,
  ps: readonly { who: KnowledgeRecord; role: string }[],
): string | undefined {
  if (!ctx.pq.yesNo) return undefined;
  const yes = claimed(ctx, s)
    .map((o) => ps.find((p) => p.who.id === o.id))
    .filter((p) => p !== undefined);
  if (yes.length === 0 || yes.length < claimed(ctx, s).length) return undefined;
  const parts = yes.map((p) => `${handle(p.who)} ${roleNoun(p.role, s)}`);
  return `Yes: ${andList(parts)}.`;
}

function roleNoun(role: string, s: KnowledgeRecord): string {
  const of = handle(s);
  const the = s.type === "activity" ? theName(s) : of;
  switch (role) {
    case "lead":
      return `leads ${the}`;
    case "chair":
      return `chairs ${the}`;
    case "coordinator":
      return `coordinates ${the}`;
    case "involved":
      return `took part in ${the}`;
    case "contributor":
      return `contributes to ${the}`;
    default:
      return `is ${/^[aeiou]/.test(role) ? "an" : "a"} ${role} ${s.type === "activity" ? "in" : "of"} ${the}`;
  }
}

/** Who runs a group comes before who belongs to it. */
const ROLE_ORDER = [
  "lead",
  "chair",
  "coordinator",
  "member",
  "partner",
  "contributor",
  "collaborator",
];

const SINGLE_ROLES = new Set(["lead", "chair", "coordinator"]);

/** "UN Action's members in my knowledge base: DPO (…)." / "…: DPO and JCS (partners), UN Women (contributor)." */
function groupLine(
  s: KnowledgeRecord,
  ps: readonly { who: KnowledgeRecord; role: string }[],
): string {
  const roles = [...new Set(ps.map((p) => p.role))].sort(
    (a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b),
  );
  // Full names read well in a short list; with role notes, the handle keeps parentheses single.
  const name = (r: KnowledgeRecord) =>
    ps.length <= 2 && roles.length === 1 ? label(r) : handle(r);
  const plural = (r: string) => (r === "involved" ? "participants" : `${r}s`);
  if (roles.length === 1) {
    const r = roles[0] as string;
    // "members" names the collective even with one on record; a single chair is "chair".
    const noun = ps.length === 1 && SINGLE_ROLES.has(r) ? r : plural(r);
    return `${handle(s)}'s ${noun} in my knowledge base: ${andList(ps.map((p) => name(p.who)))}.`;
  }
  const groups = roles.map((r) => {
    const who = ps.filter((p) => p.role === r).map((p) => name(p.who));
    return `${andList(who)} (${who.length > 1 ? plural(r) : r})`;
  });
  return `${handle(s)}'s members and partners in my knowledge base: ${andList(groups)}.`;
}

export function partners(ctx0: Ctx, intent: Draft["intent"] = "partners"): Draft | undefined {
  const ctx = topicActivity(ctx0);
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
      `${andList(ents.map(handle))} work together on ${andList(things.map((t) => (t.type === "entity" ? label(t) : theName(t))))}${lead ? `, led by ${handle(lead.who)}` : ""}${rest.length > 0 ? `, with ${andList(rest)}` : ""}.`,
      first,
    );
    d.cited.push(...ents);
    keyFacts(ctx, first, d);
    // What each of them brings there ("UN Women's contribution to the rule of law work").
    const brings = ents.flatMap((e) =>
      (ctx.model.relations.memberOf.get(e.id) ?? [])
        .filter((m) => m.group === first.id && m.summary)
        .map((m) => ({ label: `${handle(e)} there`, value: m.summary as string })),
    );
    d.facts.unshift(...brings.slice(0, 2));
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
      ? `${label(lead.who)} ${s.type === "activity" && s.since && s.status !== "completed" ? "has led" : s.type === "activity" && s.status === "completed" ? "led" : "leads"} ${theName(s)}${s.type === "activity" && when(s) ? ` ${when(s)}` : ""}${rest.length > 0 ? `, with ${andList(rest.map((p) => `${label(p.who)}${p.role !== "partner" ? ` (${p.role})` : ""}`))}` : ""}.`
      : groupLine(s, rest);
    const d = draft(intent, headline, s);
    const verdict = membershipVerdict(ctx, s, ps);
    if (verdict) d.headline = `${verdict} ${d.headline}`;
    for (const m of ctx.model.relations.members.get(s.id) ?? [])
      if (m.summary)
        d.facts.push({
          label: handle(ctx.model.byId.get(m.member) as KnowledgeRecord),
          value: m.summary,
        });
    d.cited.push(...ps.map((p) => p.who));
    for (const other of claimed(ctx, s)) {
      if (!ps.some((p) => p.who.id === other.id))
        d.correction = `No: ${handle(other)} is not recorded as taking part in ${s.type === "entity" ? handle(s) : theName(s)}.`;
    }
    return d;
  }
  if (s.type === "entity") {
    // "What did DPKO contribute?", "DPKO's SEA-related contribution": what it contributes to.
    const gave = contributions(ctx, s);
    if (gave) return { ...gave, intent };
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

const CONTRIBUTED = /\b(?:contribut\w*|backed|back|supported|support|brought|bring)\b/;

/** The work a body contributes to, when the question asks what it gave (not whom it works with). */
function contributions(ctx: Ctx, s: KnowledgeRecord): Draft | undefined {
  if (!CONTRIBUTED.test(ctx.pq.words.join(" "))) return undefined;
  const to = records(ctx.model, ctx.model.relations.contributesTo.get(s.id));
  const [first] = to;
  if (!first) return undefined;
  const d = draft(
    "partners",
    `${label(s)} contributed to ${andList(to.map((t) => theName(t)))}.`,
    first,
  );
  d.facts.push({ label: shortName(first), value: summaryLine(first), refs: [ref(first)] });
  d.cited.push(s, ...to);
  return d;
}
