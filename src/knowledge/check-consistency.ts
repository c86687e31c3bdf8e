// Checks that need the whole base but are not about ids or names: date order, `part_of` loops,
// and sources nobody cites (a warning: often a forgotten citation).
import type { KnowledgeProblem } from "./model.js";
import type { PathSegment } from "./positions.js";
import { locate, problemAt, type ValidRecord } from "./records.js";

/** `2020-11` < `2021`: partial dates compare by their known prefix. */
function comesAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

export function checkConsistency(
  records: readonly ValidRecord[],
  problems: KnowledgeProblem[],
  warnings: KnowledgeProblem[],
): void {
  const partOf = new Map<string, { parent: string; rec: ValidRecord }>();
  const cited = new Set<string>();
  const order = (rec: ValidRecord, d: { since?: string; until?: string }, at: PathSegment[]) => {
    if (d.since !== undefined && d.until !== undefined && comesAfter(d.since, d.until)) {
      problems.push(
        problemAt(
          locate(rec.ref, [...at, "until"]),
          "KB018",
          `'until' (${d.until}) is before 'since' (${d.since})`,
        ),
      );
    }
  };
  for (const rec of records) {
    if (rec.kind === "activity" || rec.kind === "membership") order(rec, rec.data, []);
    if (rec.kind === "membership") {
      rec.data.roles?.forEach((r, i) => {
        order(rec, r, ["roles", i]);
      });
    }
    if ((rec.kind === "entity" || rec.kind === "activity") && rec.data.part_of) {
      partOf.set(rec.data.id, { parent: rec.data.part_of, rec });
    }
    if (rec.kind !== "source") {
      for (const c of rec.data.sources ?? []) cited.add(c.source);
      if (rec.kind === "entity") {
        for (const f of rec.data.former_names ?? [])
          for (const c of f.sources ?? []) cited.add(c.source);
      }
    }
  }

  // part_of loops: each chain is walked once (state: 1 = on the current path, 2 = done).
  const state = new Map<string, 1 | 2>();
  for (const start of partOf.keys()) {
    const path: string[] = [];
    let id: string | undefined = start;
    while (id !== undefined && partOf.has(id) && !state.has(id)) {
      state.set(id, 1);
      path.push(id);
      id = partOf.get(id)?.parent;
    }
    if (id !== undefined && state.get(id) === 1 && partOf.get(id)?.parent !== id) {
      const loop = path.slice(path.indexOf(id));
      const rec = partOf.get(id)?.rec;
      if (rec) {
        problems.push(
          problemAt(
            locate(rec.ref, ["part_of"]),
            "KB019",
            `'part_of' goes round in a loop: ${[...loop, id].join(" → ")}`,
          ),
        );
      }
    }
    for (const p of path) state.set(p, 2);
  }

  for (const rec of records) {
    if (rec.kind === "source" && !cited.has(rec.data.id)) {
      warnings.push(
        problemAt(
          locate(rec.ref, ["id"]),
          "KB101",
          `source '${rec.data.id}' is never cited by any record`,
        ),
      );
    }
  }
}
