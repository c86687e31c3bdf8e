// Every id a record mentions must name an existing record of the right kind.
import type { IdEntry } from "./check-ids.js";
import { type KnowledgeProblem, RECORD_KINDS, type RecordKind } from "./model.js";
import type { PathSegment } from "./positions.js";
import { type LooseRecord, locate, objectsAt, problemAt, stringsAt } from "./records.js";
import { didYouMean, type SuggestBudget } from "./suggest.js";

type Allowed = readonly RecordKind[];

const ENTITY: Allowed = ["entity"];
const ENTITY_OR_ACTIVITY: Allowed = ["entity", "activity"];
/** Who can hold a role or lead: an organisation, a group, or a person. */
const HOLDER: Allowed = ["entity", "person"];
const INVOLVED: Allowed = ["entity", "activity", "person"];
const TERM: Allowed = ["term"];
const SOURCE: Allowed = ["source"];
const ANY: Allowed = RECORD_KINDS;
const NOT_SOURCE: Allowed = RECORD_KINDS.filter((k) => k !== "source");

/** Which fields of each kind hold references, and to what. */
const REFERENCE_FIELDS: Record<RecordKind, readonly [string, Allowed][]> = {
  entity: [
    ["part_of", ENTITY],
    ["topics", TERM],
    ["related", ANY],
    ["owns", ENTITY_OR_ACTIVITY],
    ["stakeholders", HOLDER],
  ],
  activity: [
    ["lead", HOLDER],
    ["partners", HOLDER],
    ["contributors", HOLDER],
    ["part_of", ENTITY_OR_ACTIVITY],
    ["topics", TERM],
    ["related", ANY],
    ["owns", ENTITY_OR_ACTIVITY],
    ["stakeholders", HOLDER],
  ],
  membership: [
    ["member", HOLDER],
    ["group", ENTITY_OR_ACTIVITY],
  ],
  person: [
    ["affiliation", ENTITY],
    ["topics", TERM],
    ["related", ANY],
  ],
  resource: [
    ["about", NOT_SOURCE],
    ["topics", TERM],
  ],
  term: [
    ["topics", TERM],
    ["related", ANY],
  ],
  example: [
    ["who", INVOLVED],
    ["topics", TERM],
    ["related", ANY],
  ],
  source: [],
};

/** Reference lists are small per record; one suggestion index per allowed-kind set. */
class IdsByKinds {
  private cache = new Map<Allowed, string[]>();
  constructor(private readonly index: ReadonlyMap<string, IdEntry>) {}
  of(kinds: Allowed): string[] {
    let ids = this.cache.get(kinds);
    if (!ids) {
      ids = [];
      for (const [id, e] of this.index) if (kinds.includes(e.kind)) ids.push(id);
      this.cache.set(kinds, ids);
    }
    return ids;
  }
}

/** How the allowed kinds read; a folder without people is not told about people. */
function kindsLabel(kinds: Allowed, hasPeople: boolean): string {
  if (kinds === ANY || kinds === NOT_SOURCE) return "record";
  const shown = hasPeople ? kinds : kinds.filter((k) => k !== "person");
  return shown.join(" or ");
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkReferences(
  records: readonly LooseRecord[],
  index: ReadonlyMap<string, IdEntry>,
  problems: KnowledgeProblem[],
  budget: SuggestBudget,
): void {
  const byKinds = new IdsByKinds(index);
  let hasPeople = false;
  for (const e of index.values()) if (e.kind === "person") hasPeople = true;
  const labelOf = (kinds: Allowed) => kindsLabel(kinds, hasPeople);
  const check = (
    rec: LooseRecord,
    id: string,
    path: PathSegment[],
    field: string,
    kinds: Allowed,
  ) => {
    if (!ID.test(id)) return; // a malformed id is already a schema problem
    const target = index.get(id);
    const at = () => locate(rec.ref, path);
    if (!target) {
      const label = labelOf(kinds);
      const hint = didYouMean(id, byKinds.of(kinds), budget);
      problems.push(problemAt(at(), "KB012", `unknown ${label} '${id}' in '${field}'${hint}`));
    } else if (!kinds.includes(target.kind)) {
      const message =
        kinds === NOT_SOURCE
          ? `'${field}' cannot name a source ('${id}'); sources are cited under 'sources'`
          : `'${field}' must name ${article(labelOf(kinds))}, but '${id}' is ${article(target.kind)}`;
      problems.push(problemAt(at(), "KB013", message));
    } else if (id === rec.id) {
      problems.push(problemAt(at(), "KB014", `'${field}' refers to the record itself ('${id}')`));
    }
  };
  const citations = (
    rec: LooseRecord,
    data: Readonly<Record<string, unknown>>,
    at: PathSegment[],
  ) => {
    for (const [c, i] of objectsAt(data, "sources")) {
      const source = c.source;
      if (typeof source === "string")
        check(rec, source, [...at, "sources", i, "source"], "sources", SOURCE);
    }
  };

  for (const rec of records) {
    for (const [field, kinds] of REFERENCE_FIELDS[rec.kind]) {
      for (const [id, i] of stringsAt(rec.data, field)) {
        check(rec, id, i === undefined ? [field] : [field, i], field, kinds);
      }
    }
    const { member, group } = rec.data;
    if (rec.kind === "membership" && typeof member === "string" && member === group) {
      problems.push(
        problemAt(locate(rec.ref, ["group"]), "KB014", `'${member}' cannot be a member of itself`),
      );
    }
    if (rec.kind !== "source") citations(rec, rec.data, []);
    if (rec.kind === "entity") {
      for (const [f, i] of objectsAt(rec.data, "former_names"))
        citations(rec, f, ["former_names", i]);
    }
  }
}
