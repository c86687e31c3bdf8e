// Answers that read the folder's people, role vocabulary, contacts and relation registry: who
// holds a role in a group ("Jonas Berg and Victor Ng co-chair the Frontend Guild"), what a person
// does and where, how to reach a group, what a team owns, who its stakeholders are. Every role
// and relation is data (model.roles, model.relations.registry): no composer per relation.

import { contactsOf, holdersOf, related, rolesOf } from "../../knowledge/lookup.js";
import type { ContactType, KnowledgeRecord } from "../../knowledge/model.js";
import {
  andList,
  type Draft,
  draft,
  handle,
  records,
  sentence,
  shortName,
  theName,
} from "./common.js";
import type { Ctx } from "./context.js";

/** "Jane Doe (Acme)" for a person with an affiliation, the usual label otherwise. */
export function personLabel(ctx: Ctx, rec: KnowledgeRecord): string {
  if (rec.type !== "person") return handle(rec);
  const org = rec.affiliation ? ctx.model.byId.get(rec.affiliation) : undefined;
  return org ? `${rec.name} (${handle(org)})` : rec.name;
}

/** "who co-chairs X", "who is the tech lead of X": the holders of the roles asked for. */
export function roleHolders(
  ctx: Ctx,
  group: KnowledgeRecord,
  roleIds: readonly string[],
): Draft | undefined {
  const held = holdersOf(ctx.model, group.id, roleIds.length > 0 ? roleIds : undefined);
  if (held.length === 0) return undefined;
  const lines = held
    .slice(0, roleIds.length > 0 ? held.length : 3)
    .map(
      (h) =>
        `${andList(h.holders.map((r) => personLabel(ctx, r)))} ${h.holders.length > 1 ? h.role.verbPlural : h.role.verb} ${theName(group)}.`,
    );
  const d = draft("lead", lines.join(" "), group);
  d.related = held.flatMap((h) => h.holders).slice(0, 5);
  d.cited = [group, ...d.related];
  return d;
}

/** What a person (or an entity) holds, group by group. */
export function rolesHeldBy(ctx: Ctx, holder: KnowledgeRecord): Draft | undefined {
  const held = rolesOf(ctx.model, holder.id);
  if (held.length === 0) return undefined;
  const parts = held.slice(0, 6).map((h) => {
    const role = ctx.model.roles.get(h.role);
    const g = ctx.model.byId.get(h.group);
    return `${role?.label ?? h.role} of ${g ? theName(g) : h.group}`;
  });
  const title = holder.type === "person" && holder.title ? ` (${holder.title})` : "";
  const d = draft("role", `${shortName(holder)}${title} is ${andList(parts)}.`, holder);
  d.related = records(
    ctx.model,
    held.map((h) => h.group),
  ).slice(0, 5);
  d.cited = [holder];
  return d;
}

/** A person's card: title, affiliation, roles, contacts. */
export function personCard(ctx: Ctx, p: KnowledgeRecord): Draft | undefined {
  if (p.type !== "person") return undefined;
  const roles = rolesHeldBy(ctx, p);
  const d =
    roles ?? draft("definition", `${personLabel(ctx, p)}${p.title ? `: ${p.title}` : ""}.`, p);
  if (roles && p.title) d.facts.push({ label: "Title", value: p.title });
  if (p.summary) d.facts.push({ label: "About", value: sentence(p.summary) });
  addContacts(ctx, p, d);
  return d;
}

const CONTACT_WORDS: readonly [RegExp, ContactType][] = [
  [/\b(?:channel|slack|chat|canal)\b/, "chat"],
  [/\b(?:mailing list|list|liste de diffusion|listserv)\b/, "mailing-list"],
  [/\b(?:e ?mail|email address|courriel|adresse e ?mail)\b/, "email"],
  [/\b(?:meeting notes|notes|minutes|compte rendu)\b/, "meeting-notes"],
  [/\b(?:calendar|calendrier|agenda)\b/, "calendar"],
  [/\b(?:website|site|web page|homepage)\b/, "website"],
  [/\b(?:issue tracker|issues|tickets?|bug tracker)\b/, "issue-tracker"],
];

/** The contact types a question names ("X's channel" → chat), or undefined for any. */
export function contactTypesAsked(words: readonly string[]): ContactType[] | undefined {
  const joined = words.join(" ");
  const types = CONTACT_WORDS.filter(([re]) => re.test(joined)).map(([, t]) => t);
  return types.length > 0 ? types : undefined;
}

function contactText(c: {
  type: ContactType;
  channel?: string;
  address?: string;
  url?: string;
  label?: string;
}): string {
  const where = c.channel ?? c.address ?? c.url ?? c.label ?? "";
  const kind = c.type === "chat" ? "chat" : c.type.replace("-", " ");
  return `${kind}: ${where}`;
}

function addContacts(
  ctx: Ctx,
  rec: KnowledgeRecord,
  d: Draft,
  types?: readonly ContactType[],
): number {
  const cs = contactsOf(ctx.model, rec.id, types);
  if (cs.length > 0) d.facts.push({ label: "Contact", value: cs.map(contactText).join("; ") });
  for (const c of cs)
    if (c.href?.startsWith("http"))
      d.links.push({ title: `${shortName(rec)} ${c.type}`, url: c.href, access: "public" });
  return cs.length;
}

/** "How do I reach X", "X's channel": its contacts, or its lead's when it has none. */
export function contact(
  ctx: Ctx,
  rec: KnowledgeRecord,
  types?: readonly ContactType[],
): Draft | undefined {
  const cs = contactsOf(ctx.model, rec.id, types);
  if (cs.length === 0) return undefined;
  const d = draft("contact", `${theName(rec)}: ${cs.map(contactText).join("; ")}.`, rec);
  for (const c of cs)
    if (c.href?.startsWith("http"))
      d.links.push({ title: `${shortName(rec)} (${c.type})`, url: c.href, access: "public" });
  return d;
}

/** A relation of the registry, in the direction the question asks it. */
export function relationAnswer(
  ctx: Ctx,
  relation: string,
  rec: KnowledgeRecord,
  verb: { forward: string; reverse: string },
): Draft | undefined {
  const fwd = records(ctx.model, related(ctx.model, relation, rec.id, "forward"));
  const rev = records(ctx.model, related(ctx.model, relation, rec.id, "reverse"));
  if (fwd.length === 0 && rev.length === 0) return undefined;
  const parts: string[] = [];
  if (fwd.length > 0) parts.push(`${theName(rec)} ${verb.forward} ${andList(fwd.map(handle))}.`);
  if (rev.length > 0)
    parts.push(
      `${andList(rev.map((r) => personLabel(ctx, r)))} ${rev.length === 1 ? verb.forward : verb.reverse} ${theName(rec)}.`,
    );
  const d = draft("role", parts.join(" "), rec);
  d.related = [...fwd, ...rev].slice(0, 5);
  d.cited = [rec, ...d.related];
  return d;
}
