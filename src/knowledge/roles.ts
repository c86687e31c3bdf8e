// Roles as data: the built-in vocabulary every folder starts with, overlaid with the folder's
// own `roles:` declarations. A declared field replaces the built-in one; declared words are added.
import { deepFreeze, frozenMap } from "./freeze.js";
import type { RoleDef } from "./model-vocabulary.js";
import type { RoleDeclarationRecord } from "./schema-vocabulary.js";

type Builtin = Omit<RoleDef, "builtIn" | "words"> & { en: string[]; fr: string[] };

const role = (
  id: string,
  label: string,
  plural: string,
  verb: string,
  verbPlural: string,
  kind: RoleDef["kind"],
  en: string[],
  fr: string[],
): Builtin => ({ id, label, plural, verb, verbPlural, kind, en, fr });

export const BUILTIN_ROLES: readonly Builtin[] = [
  role(
    "lead",
    "lead",
    "leads",
    "leads",
    "lead",
    "leading",
    ["lead", "leads", "led by", "leader", "head", "heads", "runs", "in charge of"],
    ["dirige", "pilote", "responsable", "chef de file", "chef"],
  ),
  role(
    "chair",
    "chair",
    "chairs",
    "chairs",
    "chair",
    "leading",
    ["chair", "chairs", "chaired by", "chairperson", "chairman", "chairwoman", "presides"],
    ["preside", "president", "presidente", "presidence"],
  ),
  role(
    "co-chair",
    "co-chair",
    "co-chairs",
    "co-chairs",
    "co-chair",
    "leading",
    ["co-chair", "co-chairs", "cochair", "co-chaired by"],
    ["copreside", "coprésident", "coprésidente", "co-president"],
  ),
  role(
    "coordinator",
    "coordinator",
    "coordinators",
    "coordinates",
    "coordinate",
    "leading",
    ["coordinator", "coordinates", "coordinated by"],
    ["coordonne", "coordinateur", "coordinatrice", "coordination"],
  ),
  role(
    "focal-point",
    "focal point",
    "focal points",
    "is the focal point for",
    "are the focal points for",
    "leading",
    ["focal point", "point of contact", "poc for"],
    ["point focal", "correspondant"],
  ),
  role(
    "technical-lead",
    "technical lead",
    "technical leads",
    "is the technical lead of",
    "are the technical leads of",
    "leading",
    ["technical lead", "tech lead", "tech leads", "tl"],
    ["responsable technique", "référent technique", "lead technique"],
  ),
  role(
    "owner",
    "owner",
    "owners",
    "owns",
    "own",
    "leading",
    ["owner", "owners", "own", "owns", "owned by", "maintainer", "maintains"],
    ["propriétaire", "responsable de"],
  ),
  role(
    "member",
    "member",
    "members",
    "is a member of",
    "are members of",
    "member",
    ["member", "members", "belongs to", "part of", "sits on"],
    ["membre", "membres", "fait partie"],
  ),
  role(
    "partner",
    "partner",
    "partners",
    "is a partner in",
    "are partners in",
    "member",
    ["partner", "partners", "works with", "with whom"],
    ["partenaire", "partenaires"],
  ),
  role(
    "contributor",
    "contributor",
    "contributors",
    "contributes to",
    "contribute to",
    "member",
    ["contributor", "contributors", "contributes", "supports"],
    ["contributeur", "contribue", "soutient"],
  ),
  role(
    "collaborator",
    "collaborator",
    "collaborators",
    "collaborates on",
    "collaborate on",
    "member",
    ["collaborator", "collaborators", "collaborates"],
    ["collaborateur", "collabore"],
  ),
  role(
    "secretariat",
    "secretariat",
    "secretariat",
    "provides the secretariat of",
    "provide the secretariat of",
    "member",
    ["secretariat", "secretary", "secretaries"],
    ["secrétariat", "secrétaire"],
  ),
  role(
    "liaison",
    "liaison",
    "liaisons",
    "is the liaison to",
    "are the liaisons to",
    "member",
    ["liaison", "liaises with"],
    ["agent de liaison", "liaison"],
  ),
  role(
    "stakeholder",
    "stakeholder",
    "stakeholders",
    "is a stakeholder in",
    "are stakeholders in",
    "member",
    ["stakeholder", "stakeholders", "stake in", "affected by"],
    ["partie prenante", "parties prenantes"],
  ),
];

/** `release-manager` → "release manager". */
function labelOf(id: string): string {
  return id.replace(/-/g, " ");
}

function lower(list: readonly string[] | undefined): string[] {
  return (list ?? []).map((w) => w.toLowerCase());
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/** The role vocabulary: built-ins, then each declaration over them (first declaration per id). */
export function buildRoles(
  declared: readonly RoleDeclarationRecord[],
): ReadonlyMap<string, RoleDef> {
  const out = new Map<string, RoleDef>();
  for (const b of BUILTIN_ROLES) {
    const { en, fr, ...rest } = b;
    out.set(b.id, { ...rest, words: { en: lower(en), fr: lower(fr) }, builtIn: true });
  }
  const seen = new Set<string>();
  for (const d of declared) {
    if (seen.has(d.id)) continue; // a repeat is reported by the checker
    seen.add(d.id);
    const base = out.get(d.id);
    const label = d.label ?? base?.label ?? labelOf(d.id);
    const plural = d.plural ?? (d.label === undefined ? base?.plural : undefined) ?? `${label}s`;
    const def: RoleDef = {
      id: d.id,
      label,
      plural,
      verb: d.verb ?? (d.label === undefined ? base?.verb : undefined) ?? `is the ${label} of`,
      verbPlural:
        d.verb_plural ??
        (d.label === undefined ? base?.verbPlural : undefined) ??
        `are the ${plural} of`,
      kind: d.kind ?? base?.kind ?? "member",
      words: {
        en: unique([...(base?.words.en ?? []), ...lower(d.words?.en), ...(base ? [] : [label])]),
        fr: unique([...(base?.words.fr ?? []), ...lower(d.words?.fr)]),
      },
      ...(d.description !== undefined ? { description: d.description } : {}),
      builtIn: false,
    };
    out.set(d.id, def);
  }
  for (const def of out.values()) deepFreeze(def);
  return frozenMap(out);
}
