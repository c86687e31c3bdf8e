// Every role a membership names must be in the folder's role vocabulary (built-in roles plus its
// `roles:` declarations); a role is declared once, and held once per membership.
import { where } from "./check-ids.js";
import type { KnowledgeProblem } from "./model.js";
import type { PathSegment } from "./positions.js";
import { type Declared, type LooseRecord, locate, problemAt } from "./records.js";
import { BUILTIN_ROLES } from "./roles.js";
import type { RoleDeclarationRecord } from "./schema.js";
import { didYouMean } from "./suggest.js";

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The role ids a membership names, with where each is written (string or `{ role: ... }`). */
function rolesNamed(data: Readonly<Record<string, unknown>>): [string, PathSegment[]][] {
  const out: [string, PathSegment[]][] = [];
  if (typeof data.role === "string") out.push([data.role, ["role"]]);
  if (Array.isArray(data.roles)) {
    data.roles.forEach((r, i) => {
      if (typeof r === "string") out.push([r, ["roles", i]]);
      else if (
        r !== null &&
        typeof r === "object" &&
        typeof (r as { role?: unknown }).role === "string"
      ) {
        out.push([(r as { role: string }).role, ["roles", i, "role"]]);
      }
    });
  }
  return out;
}

export function checkRoles(
  memberships: readonly LooseRecord[],
  declared: readonly Declared<RoleDeclarationRecord>[],
  problems: KnowledgeProblem[],
): void {
  const known = new Set<string>(BUILTIN_ROLES.map((r) => r.id));
  const first = new Map<string, Declared<RoleDeclarationRecord>>();
  for (const d of declared) {
    const earlier = first.get(d.data.id);
    if (earlier) {
      problems.push(
        problemAt(
          locate(d.ref, ["id"]),
          "KB031",
          `role '${d.data.id}' is declared twice (first at ${where(locate(earlier.ref, ["id"]))})`,
        ),
      );
      continue;
    }
    first.set(d.data.id, d);
    known.add(d.data.id);
  }
  const ids = [...known].sort();
  for (const rec of memberships) {
    if (rec.kind !== "membership") continue;
    const seen = new Set<string>();
    for (const [role, path] of rolesNamed(rec.data)) {
      if (!ID.test(role)) continue; // a malformed id is already a schema problem
      if (!known.has(role)) {
        const hint = didYouMean(role, ids);
        const list = hint ? "" : `; known roles: ${ids.join(", ")} (declare others under 'roles:')`;
        problems.push(
          problemAt(locate(rec.ref, path), "KB026", `unknown role '${role}'${hint}${list}`),
        );
      } else if (seen.has(role)) {
        problems.push(
          problemAt(
            locate(rec.ref, path),
            "KB031",
            `role '${role}' is listed twice in this membership`,
          ),
        );
      }
      seen.add(role);
    }
  }
}
