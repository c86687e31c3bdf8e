// Answers about one record itself: what it is, what it does and what it is for.
import type { KnowledgeRecord } from "../../knowledge/model.js";
import { addFocus, definition, keyFacts, relatedOf } from "./card.js";
import {
  addListFact,
  andList,
  clip,
  type Draft,
  draft,
  get,
  handle,
  label,
  ref,
  sentence,
  shortName,
  theName,
} from "./common.js";
import type { Ctx } from "./context.js";
import { involvement, partners } from "./partners.js";
import { membershipBetween, relation } from "./relation.js";

/** "who works on X", "which entities work on X": the question asks for the actors. */
const WHO_ASKED =
  /^(?:who|qui)\b|^(?:which|what|quels?|quelles?) (?:un |other )?(?:entit|agenc|department|office|org|bod|partner|actor|unit|team|service|group)/;

export function role(ctx: Ctx, rec: KnowledgeRecord): Draft {
  if (ctx.pq.flag === "relation" && ctx.named.length >= 2) return relation(ctx);
  const within = roleWithin(ctx);
  if (within) return within;
  // "who works on WPS": the records working on a topic, when the knowledge tags any.
  if (rec.type === "term" && WHO_ASKED.test(ctx.pq.words.join(" "))) {
    const d = partners(ctx, "role");
    if (d) return d;
  }
  if (rec.type !== "entity" || !rec.roles || rec.roles.length === 0) {
    const d = definition(ctx, rec);
    d.intent = "role";
    return d;
  }
  const roles = rec.roles.slice(0, 4);
  const d = draft("role", `${label(rec)}: ${sentence(roles.join("; "))}`, rec);
  const rel = ctx.model.relations;
  const leads = (rel.leads.get(rec.id) ?? [])
    .map((id) => ctx.model.byId.get(id))
    .filter((x) => x !== undefined);
  addListFact(d, "Leads", leads, shortName);
  const groups = (rel.memberOf.get(rec.id) ?? [])
    .map((m) => ({ m, g: ctx.model.byId.get(m.group) }))
    .filter((x) => x.g !== undefined);
  if (groups.length > 0)
    d.facts.push({
      label: "Takes part in",
      value: andList(groups.map((x) => `${handle(x.g as KnowledgeRecord)} (${x.m.role})`)),
      refs: groups.map((x) => ref(x.g as KnowledgeRecord)),
    });
  keyFacts(ctx, rec, d);
  addFocus(ctx, rec, d, d.headline);
  d.related = relatedOf(ctx, rec);
  return d;
}

const OUTCOME =
  /\b(?:lead to|leads to|result in|results in|outcome|outcomes|end goal|endgame|end result|meant to|supposed to|expected to|aboutir\w*|deboucher\w*|menera|mener a|resultat\w*|permettre|permettra)\b/;

export function purpose(ctx: Ctx, rec: KnowledgeRecord): Draft {
  const second = ctx.named[1]?.rec;
  if (second) {
    const m = membershipBetween(ctx, rec, second);
    if (m) {
      const member = ctx.model.byId.get(m.member) as KnowledgeRecord;
      const group = ctx.model.byId.get(m.group) as KnowledgeRecord;
      const d = draft(
        "purpose",
        `${handle(member)} in ${handle(group)} (${m.role}): ${sentence(m.summary ?? "")}`,
        member,
      );
      d.cited = [m, member, group];
      if (group.type === "entity")
        d.facts.push({ label: handle(group), value: group.summary, refs: [ref(group)] });
      return d;
    }
  }
  if (rec.type === "activity") {
    // "What will it lead to?", "à quoi doit-elle aboutir ?": the outcome, then the purpose.
    if (rec.outcome && OUTCOME.test(ctx.pq.allWords.join(" "))) {
      const d = draft("purpose", `${label(rec)}: ${sentence(rec.outcome)}`, rec);
      if (rec.purpose) d.facts.push({ label: "Purpose", value: rec.purpose });
      keyFacts(ctx, rec, d);
      return d;
    }
    const d = draft("purpose", `${label(rec)}: ${sentence(rec.purpose ?? rec.summary)}`, rec);
    if (rec.outcome) d.facts.push({ label: "Outcome", value: rec.outcome });
    keyFacts(ctx, rec, d);
    addFocus(ctx, rec, d, d.headline);
    return d;
  }
  if (rec.type === "entity") {
    const why = rec.roles?.[0];
    const d = draft(
      "purpose",
      `${label(rec)}: ${sentence(rec.summary)}${why ? ` It ${why}.` : ""}`,
      rec,
    );
    if (rec.description) d.facts.push({ label: "More", value: clip(rec.description, 400) });
    addFocus(ctx, rec, d, d.headline);
    return d;
  }
  const d = definition(ctx, rec);
  d.intent = "purpose";
  // Terms: what the activities under them are for and will lead to.
  for (const id of ctx.model.relations.taggedWith.get(rec.id) ?? []) {
    const a = ctx.model.byId.get(id);
    if (a?.type === "activity" && a.outcome && !d.headline.includes(a.outcome)) {
      d.facts.push({ label: `Outcome of ${shortName(a)}`, value: a.outcome, refs: [ref(a)] });
      d.cited.push(a);
      break;
    }
  }
  return d;
}

/** "What is OHCHR's role in the MARA assessment": the entity's part in the other named record. */
function roleWithin(ctx: Ctx): Draft | undefined {
  const ent = ctx.named.find((n) => n.rec.type === "entity")?.rec;
  if (!ent) return undefined;
  for (const n of ctx.named) {
    if (n.rec.id === ent.id) continue;
    const part = involvement(ctx, ent.id).get(n.rec.id);
    if (!part) continue;
    const thing = n.rec;
    const m = (ctx.model.relations.memberOf.get(ent.id) ?? []).find((x) => x.group === thing.id);
    const lead = thing.type === "activity" ? get(ctx.model, thing.lead) : undefined;
    const d = draft(
      "role",
      `${label(ent)} is ${part === "lead" ? "the lead" : `a ${part}`} in ${theName(thing)}${lead && lead.id !== ent.id ? `, led by ${handle(lead)}` : ""}.${m?.summary ? ` ${sentence(m.summary)}` : ""}`,
      ent,
    );
    d.cited.push(...(m ? [m] : []), thing);
    keyFacts(ctx, thing, d);
    d.facts = d.facts.filter((f) => f.label !== "Lead");
    return d;
  }
  return undefined;
}
