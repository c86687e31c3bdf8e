// What the index holds of one record: its names as keys (each analysed into canonical stems, with
// the stop words a name needs typed in capitals) and the stems of its descriptive text.

import type { KnowledgeModel, KnowledgeRecord, RecordKind } from "../knowledge/model.js";
import { foldText } from "./normalize.js";
import { type KeySource, keySpecs, textFields } from "./record-fields.js";
import { compact } from "./tokens.js";
import { STOP_WORDS } from "./vocabulary.js";

export interface DocKey {
  /** As written in the knowledge: "IACG-MA", "Department of Peacekeeping Operations". */
  text: string;
  folded: string;
  /** Canonical stems without stop words, deduplicated. */
  tokens: string[];
  source: KeySource;
  /** Tokens the question must hold for this key to name the record ("un" of "UN Women"). */
  requires?: string[];
}

export interface SearchDoc {
  id: string;
  kind: RecordKind;
  keys: DocKey[];
  /** Canonical stems of the descriptive text (for sentence-free coverage checks). */
  textTokens: Set<string>;
}

/** A record's search document; `analyze` turns folded text into canonical stems. */
export function searchDoc(
  rec: KnowledgeRecord,
  analyze: (folded: string) => readonly string[],
): SearchDoc {
  const keys: DocKey[] = [];
  const seen = new Set<string>();
  for (const spec of keySpecs(rec)) {
    const folded = foldText(spec.text);
    if (seen.has(folded)) continue;
    seen.add(folded);
    const all = analyze(folded);
    const content = all.filter((t) => !STOP_WORDS.has(t));
    // A stop word written in capitals in a name ("UN Women": French "un") is part of the name:
    // the question must say it too, or "women" alone would name UN Women.
    const capsStops = [
      ...new Set(
        (spec.text.match(/\b[A-Z]{2,}\b/g) ?? [])
          .flatMap((w) => analyze(foldText(w)))
          .filter((t) => STOP_WORDS.has(t)),
      ),
    ];
    const tokens = [...new Set(content.length > 0 ? [...content, ...capsStops] : all)];
    if (tokens.length === 0) continue;
    keys.push({
      text: spec.text,
      folded,
      tokens,
      source: spec.source,
      ...(content.length > 0 && capsStops.length > 0 ? { requires: capsStops } : {}),
    });
    // "IACG-MA" is also typed "iacgma": index the glued form as its own key.
    const glued = compact(folded);
    if (tokens.length > 1 && glued.length <= 12 && !seen.has(glued)) {
      seen.add(glued);
      keys.push({ text: spec.text, folded: glued, tokens: [glued], source: spec.source });
    }
  }
  const textTokens = new Set<string>();
  for (const field of textFields(rec)) {
    if (!field) continue;
    for (const t of analyze(foldText(field))) if (!STOP_WORDS.has(t)) textTokens.add(t);
  }
  return { id: rec.id, kind: rec.type, keys, textTokens };
}

/** The records the index searches: everything but memberships and sources. */
export function searchableRecords(model: KnowledgeModel, people = true): KnowledgeRecord[] {
  return [
    ...model.entities.values(),
    ...model.activities.values(),
    ...model.terms.values(),
    ...model.examples.values(),
    ...model.resources.values(),
    ...(people ? (model.people?.values() ?? []) : []),
  ];
}
