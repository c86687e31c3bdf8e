// Answers about who leads, chairs or coordinates something, and where a record sits.
import type { Activity, Entity, KnowledgeRecord, Membership } from "../../knowledge/model.js";
import { keyFacts } from "./card.js";
import {
  andList,
  type Draft,
  draft,
  entities,
  get,
  handle,
  label,
  nameFor,
  ref,
  sentence,
  shortName,
  theName,
  when,
} from "./common.js";
import type { Ctx } from "./context.js";
import { partners } from "./partners.js";
import { capitalizeFirst, claimed, membersOf, named, subject } from "./subject.js";

/** "what does DPO lead" (the entity is the subject) rather than "who leads DPO". */
function entityIsSubject(ctx: Ctx, at: number): boolean {
  if (at >= 0 && ctx.pq.intentAt >= 0 && at < ctx.pq.intentAt) return true;
  const w = ctx.pq.words;
  return (
    /^(?:what|which|quel|quelle|quels|quelles|que|qu)\b/.test(w[0] ?? "") &&
    w.slice(1, Math.max(1, at)).some((x) => /^(?:does|do|did|has|have|is|was|are|fait|a)$/.test(x))
  );
}

function activityLeadAnswer(ctx: Ctx, a: Activity): Draft {
  const lead = get(ctx.model, a.lead);
  const partners = entities(ctx.model, a.partners);
  const contributors = lead ? [] : entities(ctx.model, a.contributors);
  const w = when(a);
  let headline: string;
  if (lead) {
    headline = `${label(lead)} ${a.status === "completed" ? "led" : w ? "has led" : "leads"} ${theName(a)}${w ? ` ${w}` : ""}${
      partners.length > 0 ? `, with ${andList(partners.map(handle))}` : ""
    }.`;
  } else {
    headline = `My knowledge base names no lead for ${theName(a)}${contributors.length > 0 ? `; ${andList(contributors.map(handle))} contributed to it` : ""}.`;
  }
  const d = draft("lead", headline.replace(/the the /i, "the "), a);
  // (The same in the question's language, written where the vocabulary is.)
  if (!lead)
    d.say = {
      id: contributors.length > 0 ? "no_lead_contributed" : "no_lead_named",
      vars: { name: nameFor(a, ctx.pq.lang), contributors: andList(contributors.map(handle)) },
    };
  keyFacts(ctx, a, d);
  d.facts = d.facts.filter((f) => f.label !== "Lead" && (f.label !== "Partners" || !lead));
  if (a.purpose) d.facts.push({ label: "Purpose", value: a.purpose });
  if (lead) d.cited.push(lead);
  let claimedPart: string | undefined;
  const others = claimed(ctx, a);
  // ("DPO leads the assessment with OHCHR, DPPA…": the lead is named first; the others are said
  // to be with it, not to lead. "OHCHR is the lead and DPO just helps" names another first.)
  const firstBody = ctx.named
    .filter((n) => n.rec.type === "entity" && n.at >= 0)
    .sort((x, y) => x.at - y.at)[0];
  const leadNamed = firstBody !== undefined && firstBody.rec.id === a.lead;
  for (const other of leadNamed ? [] : others) {
    if (other.id === a.lead) continue;
    const part = a.partners?.includes(other.id)
      ? "a partner"
      : a.contributors?.includes(other.id)
        ? "a contributor"
        : undefined;
    d.correction = lead
      ? `No: ${capitalizeFirst(theName(a))} is led by ${handle(lead)}, not ${handle(other)}${part ? ` (${handle(other)} is ${part})` : ""}.`
      : `No: my knowledge base names no lead for ${theName(a)}${part ? `; ${handle(other)} is ${part}` : ""}.`;
    claimedPart = part;
    break;
  }
  // The correction already says there is no lead: the headline says what the activity is.
  if (d.correction && !lead) {
    d.headline = `${label(a)}: ${sentence(a.summary)}`;
    delete d.say;
  }
  // "Who leads X?" where no lead is recorded is a refusal that says what the knowledge holds.
  // ("Who leads it? not DPKO I think": no lead to give, whatever it corrects; "is DPKO leading
  // it?" is answered no, DPKO being a contributor; "was it commissioned by OHCHR?", OHCHR having
  // no part in it, is a claim the knowledge can neither confirm nor deny.)
  if (!lead && (!d.correction || !ctx.pq.yesNo || !claimedPart)) d.answered = false;
  return d;
}

function groupRoleAnswer(
  ctx: Ctx,
  g: KnowledgeRecord,
  roles: Membership["role"][],
  verb: string,
  intent: Draft["intent"],
): Draft | undefined {
  const ms = membersOf(ctx, g.id, roles);
  if (ms.length === 0) return undefined;
  const who = ms
    .map((m) => named(ctx, m, "member"))
    .filter((x): x is KnowledgeRecord => x !== undefined);
  const d = draft(intent, `${andList(who.map(label))} ${verb} ${label(g)}.`, g);
  d.cited = [...ms, g];
  for (const m of ms)
    if (m.summary)
      d.facts.push({ label: handle(named(ctx, m, "member") as KnowledgeRecord), value: m.summary });
  for (const other of claimed(ctx, g)) {
    if (who.some((w) => w.id === other.id)) continue;
    d.correction = `No: ${andList(who.map(handle))} ${verb} ${handle(g)}, not ${handle(other)}.`;
    break;
  }
  return d;
}

/** Entities whose roles say they do `verb` for a topic ("coordinator for mine action"). */
function byRole(ctx: Ctx, topic: KnowledgeRecord, verb: RegExp): { e: Entity; role: string }[] {
  const names = [
    shortName(topic),
    topic.type === "term" ? topic.name : "",
    ...("aliases" in topic ? (topic.aliases ?? []) : []),
  ]
    .filter(Boolean)
    .map((n) => n.toLowerCase());
  const ids = new Set<string>([
    ...(ctx.model.relations.taggedWith.get(topic.id) ?? []),
    ...(ctx.model.relations.relatedFrom.get(topic.id) ?? []),
    ...("related" in topic ? (topic.related ?? []) : []),
  ]);
  const out: { e: Entity; role: string }[] = [];
  for (const id of ids) {
    const e = ctx.model.entities.get(id);
    for (const r of e?.roles ?? []) {
      const low = r.toLowerCase();
      if (e && verb.test(low) && names.some((n) => low.includes(n))) {
        out.push({ e, role: r });
        break;
      }
    }
  }
  return out;
}

function topicAnswer(
  ctx: Ctx,
  topic: KnowledgeRecord,
  verb: RegExp,
  intent: Draft["intent"],
): Draft | undefined {
  const found = byRole(ctx, topic, verb);
  if (found.length === 0) return undefined;
  const d = draft(
    intent,
    sentence(found.map((f) => `${label(f.e)}: ${f.role}`).join("; ")),
    found[0]?.e,
  );
  d.cited = found.map((f) => f.e);
  d.related = [topic];
  return d;
}

export function lead(ctx: Ctx): Draft | undefined {
  const s = subject(ctx);
  if (s.type === "activity") return activityLeadAnswer(ctx, s);
  const chaired = groupRoleAnswer(ctx, s, ["chair", "coordinator"], "chairs", "lead");
  if (chaired) return chaired;
  const at = ctx.named.find((n) => n.rec.id === s.id)?.at ?? -1;
  if (s.type === "entity" && entityIsSubject(ctx, at)) {
    const led = (ctx.model.relations.leads.get(s.id) ?? [])
      .map((id) => ctx.model.activities.get(id))
      .filter((a): a is Activity => a !== undefined);
    const chairs = (ctx.model.relations.chairs.get(s.id) ?? [])
      .map((id) => ctx.model.byId.get(id))
      .filter((x): x is KnowledgeRecord => x !== undefined);
    if (led.length === 0 && chairs.length === 0) return undefined;
    const parts = led.map((a) => `${shortName(a)}${when(a) ? ` (${when(a)})` : ""}`);
    const d = draft(
      "lead",
      `${label(s)} leads ${andList(parts)}${chairs.length > 0 ? `${led.length > 0 ? " and " : ""}chairs ${andList(chairs.map(handle))}` : ""}.`.replace(
        " leads chairs",
        " chairs",
      ),
      s,
    );
    for (const a of led) {
      const p = entities(ctx.model, a.partners);
      if (p.length > 0)
        d.facts.push({
          label: `${shortName(a)}, with`,
          value: andList(p.map(handle)),
          refs: p.map(ref),
        });
    }
    d.related = [...led, ...chairs];
    d.cited.push(...led);
    return d;
  }
  if (s.type === "term") return topicAnswer(ctx, s, /\b(?:lead|coordinat|chair)/, "lead");
  return undefined;
}

export function chair(ctx: Ctx): Draft | undefined {
  const s = subject(ctx);
  const d = groupRoleAnswer(ctx, s, ["chair"], "chairs", "chair");
  if (d) return d;
  const chairs = (ctx.model.relations.chairs.get(s.id) ?? [])
    .map((id) => ctx.model.byId.get(id))
    .filter((x): x is KnowledgeRecord => x !== undefined);
  if (chairs.length > 0) {
    const out = draft("chair", `${label(s)} chairs ${andList(chairs.map(label))}.`, s);
    out.cited.push(...chairs);
    return out;
  }
  if (s.type === "term") return topicAnswer(ctx, s, /\bchair/, "chair");
  // "does X chair Y?" where Y has no chair on record: say so, and what X does chair.
  for (const other of claimed(ctx, s)) {
    const chaired = (ctx.model.relations.chairs.get(other.id) ?? [])
      .map((id) => ctx.model.byId.get(id))
      .filter((x): x is KnowledgeRecord => x !== undefined);
    if (chaired.length === 0) continue;
    const out = draft("chair", `${label(other)} chairs ${andList(chaired.map(label))}.`, other);
    out.correction = `No: my knowledge base records no chair for ${handle(s)}; ${handle(other)} chairs ${andList(chaired.map(handle))}.`;
    out.cited.push(...chaired);
    return out;
  }
  return undefined;
}

/** A role that coordinates something ("coordinator for mine action"), not a name that holds the word. */
const COORDINATOR_ROLE = /\bcoordinat(?:or|ors|es|ing)\b/i;

export function coordinate(ctx: Ctx): Draft | undefined {
  const s = subject(ctx);
  if (ctx.pq.flag === "with") return partners(ctx, "coordinate");
  if (s.type === "activity") {
    const d = activityLeadAnswer(ctx, s);
    d.intent = "coordinate";
    return d;
  }
  const g = groupRoleAnswer(ctx, s, ["coordinator", "chair"], "coordinates", "coordinate");
  if (g) return g;
  const t = topicAnswer(ctx, s, /coordinat/, "coordinate");
  if (t) return t;
  if (s.type === "entity") {
    const roles = (s.roles ?? []).filter((r) => /coordinat/i.test(r));
    if (roles.length > 0)
      return draft("coordinate", `${label(s)}: ${sentence(roles.join("; "))}`, s);
  }
  // "UNMAS is the coordinator on SEA, right?" where SEA has no coordinator on record: say so,
  // and what the claimed coordinator does coordinate.
  if (!ctx.pq.yesNo) return undefined;
  for (const other of claimed(ctx, s)) {
    const roles =
      other.type === "entity" ? (other.roles ?? []).filter((r) => COORDINATOR_ROLE.test(r)) : [];
    if (roles.length === 0) continue;
    const out = draft("coordinate", `${label(other)}: ${sentence(roles.join("; "))}`, other);
    out.correction = `No: my knowledge base records no coordinator for ${handle(s)}; ${handle(other)}: ${roles.join("; ")}.`;
    return out;
  }
  return undefined;
}
