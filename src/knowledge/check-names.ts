// A name, acronym or alias must point at one record, or the bot would answer about the wrong one.
// Two records may share a name only when both list it under `ambiguous`.
import { where } from "./check-ids.js";
import type { KnowledgeProblem, RecordKind } from "./model.js";
import { normalizeName } from "./normalize.js";
import type { PathSegment } from "./positions.js";
import { type LooseRecord, locate, objectsAt, problemAt, stringsAt } from "./records.js";

interface Claim {
  rec: LooseRecord;
  text: string;
  path: PathSegment[];
}

/** Which fields hold names, per kind; `former_names` entries add their name and acronyms. */
const NAME_FIELDS: Partial<Record<RecordKind, readonly string[]>> = {
  entity: ["name", "acronyms", "aliases"],
  activity: ["name", "acronyms", "aliases"],
  term: ["term", "name", "aliases"],
  example: ["title", "aliases"],
  person: ["name", "aliases"],
};

/** Every name a record answers to, with where it is written. */
export function namesOf(rec: LooseRecord): Claim[] {
  const claims: Claim[] = [];
  const collect = (
    data: Readonly<Record<string, unknown>>,
    fields: readonly string[],
    at: PathSegment[],
  ) => {
    for (const field of fields) {
      for (const [text, i] of stringsAt(data, field)) {
        claims.push({ rec, text, path: i === undefined ? [...at, field] : [...at, field, i] });
      }
      // `{ name: ..., lang: fr }` entries in acronyms and aliases.
      for (const [entry, i] of objectsAt(data, field)) {
        if (typeof entry.name === "string") {
          claims.push({ rec, text: entry.name, path: [...at, field, i, "name"] });
        }
      }
    }
  };
  collect(rec.data, NAME_FIELDS[rec.kind] ?? [], []);
  if (rec.kind === "entity") {
    for (const [f, i] of objectsAt(rec.data, "former_names")) {
      collect(f, ["name", "acronyms"], ["former_names", i]);
    }
  }
  return claims;
}

function ambiguousOf(rec: LooseRecord): Set<string> {
  return new Set(stringsAt(rec.data, "ambiguous").map(([t]) => normalizeName(t)));
}

export function checkNames(
  records: readonly LooseRecord[],
  problems: KnowledgeProblem[],
  warnings: KnowledgeProblem[],
): void {
  /** normalised name → the distinct records claiming it, first claim of each. */
  const claimed = new Map<string, Claim[]>();
  const ambiguity = new Map<LooseRecord, Set<string>>();
  const ambiguousOfRec = (rec: LooseRecord) => {
    let s = ambiguity.get(rec);
    if (!s) {
      s = ambiguousOf(rec);
      ambiguity.set(rec, s);
    }
    return s;
  };

  for (const rec of records) {
    const own = new Set<string>();
    for (const claim of namesOf(rec)) {
      const key = normalizeName(claim.text);
      if (key === "" || own.has(key)) continue; // a record may repeat its own name (e.g. name = alias)
      own.add(key);
      const list = claimed.get(key);
      if (!list) {
        claimed.set(key, [claim]);
        continue;
      }
      // Compare with earlier claimants; stop at the first clash (lists are tiny in practice).
      const mine = ambiguousOfRec(rec);
      for (const other of list.slice(0, 50)) {
        if (mine.has(key) && ambiguousOfRec(other.rec).has(key)) continue;
        if (rec.id !== undefined && other.rec.id === rec.id) continue; // already a duplicate id
        const otherAt = locate(other.rec.ref, other.path);
        problems.push(
          problemAt(
            locate(rec.ref, claim.path),
            "KB020",
            `name '${claim.text}' is also claimed by '${other.rec.id ?? "another record"}' (${where(otherAt)}); declare it under 'ambiguous' in both records if that is intended`,
          ),
        );
        break;
      }
      list.push(claim);
    }
    // Entries in `ambiguous` that the record does not even use are probably typos.
    for (const [text, i] of stringsAt(rec.data, "ambiguous")) {
      if (!own.has(normalizeName(text))) {
        warnings.push(
          problemAt(
            locate(rec.ref, ["ambiguous", i ?? 0]),
            "KB102",
            `'ambiguous' lists '${text}', which is not a name, acronym or alias of this record`,
          ),
        );
      }
    }
  }

  // Declared ambiguous, but nobody else uses the name: the declaration is stale.
  for (const rec of records) {
    for (const [text, i] of stringsAt(rec.data, "ambiguous")) {
      const list = claimed.get(normalizeName(text));
      if (list && list.length === 1 && list[0]?.rec === rec) {
        warnings.push(
          problemAt(
            locate(rec.ref, ["ambiguous", i ?? 0]),
            "KB103",
            `'${text}' is declared ambiguous but no other record uses it`,
          ),
        );
      }
    }
  }
}
