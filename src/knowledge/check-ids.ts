// One namespace of ids across every kind of record and every file: `dpo` means one thing.
import type { KnowledgeProblem, Origin, RecordKind } from "./model.js";
import { locate, problemAt, type SeenId } from "./records.js";

export interface IdEntry {
  kind: RecordKind;
  seen: SeenId;
}

/** Builds the id → record index; every repeat of an id is a problem pointing back at the first. */
export function indexIds(
  ids: readonly SeenId[],
  problems: KnowledgeProblem[],
): Map<string, IdEntry> {
  const index = new Map<string, IdEntry>();
  for (const seen of ids) {
    const first = index.get(seen.id);
    if (!first) {
      index.set(seen.id, { kind: seen.kind, seen });
      continue;
    }
    const firstAt = locate(first.seen.ref, ["id"]);
    problems.push(
      problemAt(
        locate(seen.ref, ["id"]),
        "KB015",
        `duplicate id '${seen.id}' (first defined at ${where(firstAt)})`,
      ),
    );
  }
  return index;
}

export function where(o: Origin): string {
  return `${o.file}:${o.line}:${o.col}`;
}
