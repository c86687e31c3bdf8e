// MiniSearch as a second benchmark baseline: a ready-made BM25 full-text index with fuzzy and
// prefix matching, over the same records and fields plain fuse.js searches. Benchmark only: the
// app never imports this.
import MiniSearch from "minisearch";
import type { KnowledgeRecord } from "../src/knowledge/model.js";

/**
 * The fields plain fuse.js searches, grouped into MiniSearch's four fields, so both baselines see
 * the same text; `engine.ts` builds its fuse.js keys from this list.
 */
export const BASELINE_FIELDS = {
  names: ["name", "former_names.name", "term", "title"],
  acronyms: ["acronyms", "former_names.acronyms"],
  aliases: ["aliases"],
  text: [
    "summary",
    "roles",
    "description",
    "purpose",
    "outcome",
    "definition",
    "what",
    "focus",
    "place",
  ],
} as const;

type Field = keyof typeof BASELINE_FIELDS;
const FIELDS = Object.keys(BASELINE_FIELDS) as Field[];

/** Every string at a dotted path, through arrays (what fuse.js indexes for the same key). */
function valuesAt(value: unknown, path: readonly string[]): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => valuesAt(v, path));
  if (path.length === 0) return typeof value === "string" ? [value] : [];
  if (value === null || typeof value !== "object") return [];
  const [head, ...rest] = path;
  return valuesAt((value as Record<string, unknown>)[head ?? ""], rest);
}

type Doc = { id: string } & Record<Field, string>;

function toDoc(rec: KnowledgeRecord): Doc {
  const doc = { id: rec.id } as Doc;
  for (const f of FIELDS)
    doc[f] = BASELINE_FIELDS[f].flatMap((p) => valuesAt(rec, p.split("."))).join("\n");
  return doc;
}

export interface MiniSearchBaseline {
  /** The id of the best-scoring record, or null when nothing matches at all. */
  top(q: string): string | null;
}

/**
 * Default tokenizer and term processing (split on space and punctuation, lower-case), OR of the
 * question's words, fuzzy 0.2 (one edit per five characters), prefix matching, names and acronyms
 * boosted. MiniSearch's BM25 scores have no fixed scale, so it refuses only when nothing matches.
 */
export function buildMiniSearch(records: readonly KnowledgeRecord[]): MiniSearchBaseline {
  const mini = new MiniSearch<Doc>({
    fields: FIELDS,
    idField: "id",
    storeFields: [],
    searchOptions: {
      combineWith: "OR",
      fuzzy: 0.2,
      prefix: true,
      boost: { names: 2, acronyms: 2 },
    },
  });
  mini.addAll(records.map(toDoc));
  return {
    top(q) {
      const hit = mini.search(q)[0];
      return hit ? String(hit.id) : null;
    },
  };
}
