// Read-only questions the answer engine asks of the model's people, roles, contacts and relation
// registry, so every composer reads them the same way. Pure functions over the frozen model.
import type {
  Contact,
  ContactType,
  HeldRole,
  KnowledgeModel,
  KnowledgeRecord,
  RoleDef,
} from "./model.js";

export type Direction = "forward" | "reverse";

/**
 * One relation, one way: `related(m, "chair", "sig-docs", "reverse")` → who chairs sig-docs;
 * `related(m, "chair", "jane-doe", "forward")` → what Jane chairs. Sorted ids; empty when none.
 */
export function related(
  model: KnowledgeModel,
  relation: string,
  id: string,
  direction: Direction,
): readonly string[] {
  const index = model.relations.registry.get(relation);
  if (!index) return [];
  return (direction === "forward" ? index.forward : index.reverse).get(id) ?? [];
}

export interface RoleHolders {
  readonly role: RoleDef;
  readonly holders: readonly KnowledgeRecord[];
}

/**
 * Who holds which role in a group, leading roles first (in vocabulary order), then member roles.
 * `roles` narrows to some role ids ("who is the tech lead of X" → ["technical-lead"]).
 */
export function holdersOf(
  model: KnowledgeModel,
  group: string,
  roles?: readonly string[],
): RoleHolders[] {
  const byRole = model.relations.holders.get(group);
  if (!byRole) return [];
  const out: RoleHolders[] = [];
  const order = [...model.roles.values()].sort(
    (a, b) => Number(a.kind !== "leading") - Number(b.kind !== "leading"),
  );
  for (const role of order) {
    if (roles && !roles.includes(role.id)) continue;
    const ids = byRole.get(role.id);
    if (!ids) continue;
    const holders = ids.map((id) => model.byId.get(id)).filter((r) => r !== undefined);
    if (holders.length > 0) out.push({ role, holders });
  }
  return out;
}

/** Every role a person or an entity holds, in every group. */
export function rolesOf(model: KnowledgeModel, holder: string): readonly HeldRole[] {
  return model.relations.rolesHeld.get(holder) ?? [];
}

/** The contacts of a record, optionally of some types only; people and groups alike. */
export function contactsOf(
  model: KnowledgeModel,
  id: string,
  types?: readonly ContactType[],
): readonly Contact[] {
  const rec = model.byId.get(id);
  const all = rec && "contacts" in rec ? (rec.contacts ?? []) : [];
  return types ? all.filter((c) => types.includes(c.type)) : all;
}

/** Each model's role words, space-padded and longest first, sorted once rather than per question. */
const ROLE_PHRASES = new WeakMap<KnowledgeModel, Record<"en" | "fr", [string, string][]>>();

function rolePhrases(model: KnowledgeModel, lang: "en" | "fr"): readonly [string, string][] {
  let byLang = ROLE_PHRASES.get(model);
  if (!byLang) {
    const sorted = (l: "en" | "fr") =>
      [...model.roles.values()]
        .flatMap((role) => role.words[l].map((w): [string, string] => [` ${w} `, role.id]))
        .sort((a, b) => b[0].length - a[0].length);
    byLang = { en: sorted("en"), fr: sorted("fr") };
    ROLE_PHRASES.set(model, byLang);
  }
  return byLang[lang];
}

/**
 * Role ids asked for by the words of a question, longest phrase first so "tech lead" beats
 * "lead". `text` is lowercased, single-spaced; words match on word boundaries.
 */
export function rolesAskedFor(model: KnowledgeModel, text: string, lang: "en" | "fr"): string[] {
  const phrases = rolePhrases(model, lang);
  const found: string[] = [];
  let rest = ` ${text} `;
  for (const [phrase, id] of phrases) {
    const at = rest.indexOf(phrase);
    if (at < 0) continue;
    if (!found.includes(id)) found.push(id);
    rest = `${rest.slice(0, at)} ${" ".repeat(phrase.length - 2)} ${rest.slice(at + phrase.length)}`;
  }
  return found;
}

/** True when the folder lists people (a refusal can then say "no one is recorded as ..."). */
export function hasPeople(model: KnowledgeModel): boolean {
  return model.people.size > 0;
}
