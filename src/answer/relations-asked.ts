// Questions answered from the folder's people, roles, contacts and relation registry, before the
// composers for organisations: a role word asked of a group that holds people in roles, a person
// named, a contact asked for, what a team owns, who its stakeholders are.
import { rolesAskedFor } from "../knowledge/lookup.js";
import { type Draft, draft, theName } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import {
  contact,
  contactTypesAsked,
  personCard,
  relationAnswer,
  roleHolders,
  rolesHeldBy,
} from "./compose/people.js";
import { foldText } from "./normalize.js";
import { keySpecs } from "./record-fields.js";

const usedCache = new WeakMap<object, Set<string>>();
function usedRoles(m: Ctx["model"]): Set<string> {
  let out = usedCache.get(m);
  if (!out) {
    out = new Set<string>();
    for (const byRole of m.relations.holders.values())
      for (const role of byRole.keys()) out.add(role);
    usedCache.set(m, out);
  }
  return out;
}

/** Roles the organisation composers already answer for organisations (lead, chair…). */
const CLASSIC = new Set([
  "lead",
  "chair",
  "member",
  "partner",
  "contributor",
  "collaborator",
  "coordinator",
]);

// ("on its own", "their own work": a possessive "own" asks for no owner.)
const OWN =
  /\b(?:(?<!\b(?:its|their|his|her|my|our|your) )own|owns|owned|owner|owners|maintains|maintain|maintainers?|looks after|look after|proprietaire)\b/;
const STAKE = /\b(?:stakeholders?|parties prenantes?)\b/;
const PHONE = /\b(?:phone|telephone|mobile number|cell|whatsapp|telephone number)\b/;
const CONTACT =
  /\b(?:contact|reach|ping|channel|slack|mailing|list|email|e mail|notes|minutes|calendar|get hold|get in touch|joindre|contacter|canal|courriel)\b/;

export function fromRegistry(ctx: Ctx, rawText: string): Draft | undefined {
  const m = ctx.model;
  const joined = ctx.pq.words.join(" ");
  const person = ctx.named.find((n) => n.rec.type === "person")?.rec;
  const other = ctx.named.find((n) => n.rec.type !== "person")?.rec;
  const subject = ctx.named[0]?.rec;
  if (!subject) return undefined;
  if (PHONE.test(joined))
    return missing(
      ctx,
      `My knowledge base holds no phone numbers; ${theName(other ?? person ?? subject)}'s contacts are its channel, lists and e-mail where it has them.`,
      subject,
    );
  if (ctx.pq.intent === "contact" || CONTACT.test(joined)) {
    const types = contactTypesAsked(ctx.pq.words);
    const target = other ?? person ?? subject;
    const d = contact(ctx, target, types);
    if (d) return d;
    // A kind of contact asked for that the record does not have: say so, and what it has.
    if (types && (m.people.size > 0 || contact(ctx, target))) {
      const has = contact(ctx, target);
      return missing(
        ctx,
        `My knowledge base holds no ${types.join(" or ").replace("-", " ")} for ${theName(target)}.${has ? ` It has: ${has.headline.replace(/^[^:]*:\s*/, "")}` : ""}`,
        target,
      );
    }
  }
  if (STAKE.test(joined)) {
    const d = relationAnswer(ctx, "stakeholder", subject, {
      forward: "is a stakeholder in",
      reverse: "are stakeholders in",
    });
    if (d) return d;
  }
  if (OWN.test(joined)) {
    const d = relationAnswer(ctx, "owner", subject, { forward: "owns", reverse: "own" });
    if (d) return d;
  }
  const group = other && m.relations.holders.has(other.id) ? other : undefined;
  if (group && (!person || ctx.named[0]?.rec === group)) {
    const roles = rolesAsked(ctx, rawText);
    const people = m.people.size > 0;
    // Only roles someone holds somewhere in this folder: "focal point" in a question about the
    // Global Focal Point asks for no one where nobody is recorded as a focal point.
    const used = usedRoles(m);
    const asked = roles.filter((r) => used.has(r) && (people || !CLASSIC.has(r)));
    if (asked.length > 0) {
      // "Who leads X" where X has a chair and no lead: its leading roles answer.
      const leading = asked.includes("lead")
        ? [...m.roles.values()].filter((r) => r.kind === "leading").map((r) => r.id)
        : [];
      return (
        roleHolders(ctx, group, asked) ??
        (leading.length > 0 ? roleHolders(ctx, group, leading) : undefined) ??
        missingRole(ctx, group, asked)
      );
    }
    if (people && (ctx.pq.intent === "members" || ctx.pq.intent === "partners")) {
      return roleHolders(ctx, group, []);
    }
  }
  if (person && ctx.named[0]?.rec === person) {
    return ctx.pq.intent === "definition"
      ? personCard(ctx, person)
      : (rolesHeldBy(ctx, person) ?? personCard(ctx, person));
  }
  return undefined;
}

/** A record's names, folded as questions are (records are immutable: folded once). */
const foldedNamesOf = new WeakMap<object, string[]>();
function foldedNames(rec: Ctx["named"][number]["rec"]): string[] {
  let out = foldedNamesOf.get(rec);
  if (!out) {
    out = keySpecs(rec)
      .map((k) =>
        foldText(k.text)
          .replace(/[^a-z0-9-]+/g, " ")
          .trim(),
      )
      .filter(Boolean);
    foldedNamesOf.set(rec, out);
  }
  return out;
}

/** The roles a question asks about, once the named records' own names and filler are set aside. */
function rolesAsked(ctx: Ctx, rawText: string): string[] {
  // Role words inside a record's own name ("Global Focal Point") ask for nothing.
  let text = ` ${foldText(rawText)
    .replace(/[^a-z0-9\u00c0-\u024f-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()} `;
  for (const n of ctx.named) {
    for (const name of foldedNames(n.rec)) text = text.split(` ${name} `).join(" ");
  }
  text = text.replace(/\b(?:its|their|his|her|my|our|your) own\b/g, " ");
  // Filler ("tl;dr") asks for no role either.
  for (const f of ctx.pq.filler) text = text.split(` ${f} `).join(" ");
  text = text.trim();
  return rolesAskedFor(ctx.model, text, ctx.pq.lang === "fr" ? "fr" : "en");
}

function missing(ctx: Ctx, text: string, rec: NonNullable<Ctx["named"][number]>["rec"]): Draft {
  const d = draft(ctx.pq.intent, text, rec);
  d.answered = false;
  return d;
}

/** The refusal for a role no one holds there, saying who does hold roles. */
function missingRole(
  ctx: Ctx,
  group: NonNullable<Ctx["named"][number]>["rec"],
  roles: readonly string[],
): Draft {
  const label = ctx.model.roles.get(roles[0] as string)?.label ?? roles[0];
  const others = roleHolders(ctx, group, []);
  const d = draft(
    "lead",
    `My knowledge base doesn't say who the ${label} of ${theName(group)} is.${others ? ` ${others.headline}` : ""}`,
    group,
  );
  d.answered = false;
  return d;
}
