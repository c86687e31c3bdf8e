// Assembles the frozen KnowledgeModel from records that passed every check.
import { deepFreeze, frozenMap } from "./freeze.js";
import type { KnowledgeModel, KnowledgeRecord, Origin, RecordKind } from "./model.js";
import { buildRelations } from "./relations.js";

/** One checked record and where it was written: plain data, so it can cross a worker boundary. */
export interface CheckedRecord {
  kind: RecordKind;
  data: Record<string, unknown> & { id: string };
  origin: Origin;
}

export interface ModelInput {
  version: string;
  dir: string;
  files: readonly string[];
  records: readonly CheckedRecord[];
  synonyms: readonly string[][];
}

export function buildModel(input: ModelInput): KnowledgeModel {
  const byKind = {
    entity: new Map(),
    activity: new Map(),
    membership: new Map(),
    resource: new Map(),
    term: new Map(),
    example: new Map(),
    source: new Map(),
  } as const;
  const byId = new Map<string, KnowledgeRecord>();
  const all: KnowledgeRecord[] = [];
  for (const rec of input.records) {
    const record = deepFreeze({
      ...rec.data,
      type: rec.kind,
      origin: rec.origin,
    }) as unknown as KnowledgeRecord;
    (byKind[rec.kind] as Map<string, KnowledgeRecord>).set(record.id, record);
    byId.set(record.id, record);
    all.push(record);
  }
  const synonyms = input.synonyms.map((g) => Object.freeze(g.map((w) => w.toLowerCase())));
  return Object.freeze({
    version: input.version,
    dir: input.dir,
    files: Object.freeze([...input.files]),
    loadedAt: new Date(),
    entities: frozenMap(byKind.entity),
    activities: frozenMap(byKind.activity),
    memberships: frozenMap(byKind.membership),
    resources: frozenMap(byKind.resource),
    terms: frozenMap(byKind.term),
    examples: frozenMap(byKind.example),
    sources: frozenMap(byKind.source),
    byId: frozenMap(byId),
    synonyms: Object.freeze(synonyms),
    relations: buildRelations(all),
  }) as KnowledgeModel;
}
