// Assembles the frozen KnowledgeModel from records that passed every check. Records are turned
// into the engine's shape here: names become plain strings (languages kept aside), contacts get a
// link to open, memberships always list their roles.
import { deepFreeze, frozenMap } from "./freeze.js";
import {
  type Contact,
  type KnowledgeModel,
  type KnowledgeRecord,
  type Origin,
  RECORD_KINDS,
  type RecordKind,
} from "./model.js";
import { buildVocabulary } from "./model-vocabulary-build.js";
import { relationSteps } from "./relations.js";
import { buildRoles } from "./roles.js";
import type { RoleDeclarationRecord, RoleEntryRecord, VocabularyRecord } from "./schema.js";
import { bareAddress, type ContactRecord, type NameEntryRecord } from "./schema-parts.js";
import { due, runSteps, runStepsSliced, type Steps } from "./steps.js";

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
  roles?: readonly RoleDeclarationRecord[];
  vocabularies?: readonly VocabularyRecord[];
}

function contactOf(c: ContactRecord): Contact {
  const address = c.address === undefined ? undefined : bareAddress(c.address);
  const platform = c.type === "chat" ? (c.platform ?? "slack") : undefined;
  const href = c.url ?? (address !== undefined ? `mailto:${address}` : undefined);
  return {
    type: c.type,
    ...(c.channel !== undefined ? { channel: c.channel } : {}),
    ...(platform !== undefined ? { platform } : {}),
    ...(address !== undefined ? { address } : {}),
    ...(c.url !== undefined ? { url: c.url } : {}),
    ...(href !== undefined ? { href } : {}),
    ...(c.label !== undefined ? { label: c.label } : {}),
    ...(c.note !== undefined ? { note: c.note } : {}),
  };
}

const NAME_FIELDS = ["aliases", "acronyms"] as const;

/**
 * The record as the engine reads it, with its kind and origin: one new object per record; lists
 * already in the engine's shape (names as plain strings) are kept, not copied.
 */
function shape(rec: CheckedRecord): Record<string, unknown> {
  // Object.assign, not a spread: V8 gives a spread's copy a map of its own, and freezing it then
  // allocates a new map per record (~80 MB at 100,000 records); assigned copies share theirs.
  const data: Record<string, unknown> = Object.assign({}, rec.data);
  let langs: Record<string, string> | undefined;
  for (const field of NAME_FIELDS) {
    const list = data[field] as (NameEntryRecord | string)[] | undefined;
    if (!list || list.every((n) => typeof n === "string")) continue;
    data[field] = list.map((n) => {
      if (typeof n === "string") return n;
      if (n.lang !== undefined) {
        langs ??= {};
        langs[n.name] = n.lang;
      }
      return n.name;
    });
  }
  if (langs) data.nameLang = langs;
  const contacts = data.contacts as ContactRecord[] | undefined;
  if (contacts) data.contacts = contacts.map(contactOf);
  if (rec.kind === "membership") {
    const { role, roles } = rec.data as { role?: string; roles?: RoleEntryRecord[] };
    const held: RoleEntryRecord[] = roles ?? (role === undefined ? [] : [{ role }]);
    data.roles = held.map((h) => Object.assign({}, h));
    data.role = held[0]?.role ?? "member";
  }
  data.type = rec.kind;
  data.origin = rec.origin;
  return data;
}

interface Accumulated {
  byKind: Record<CheckedRecord["kind"], Map<string, KnowledgeRecord>>;
  byId: Map<string, KnowledgeRecord>;
  all: KnowledgeRecord[];
}

function start(): Accumulated {
  return {
    byKind: Object.fromEntries(RECORD_KINDS.map((k) => [k, new Map()])) as Accumulated["byKind"],
    byId: new Map(),
    all: [],
  };
}

function add(acc: Accumulated, rec: CheckedRecord): void {
  const record = deepFreeze(shape(rec)) as unknown as KnowledgeRecord;
  acc.byKind[rec.kind].set(record.id, record);
  acc.byId.set(record.id, record);
  acc.all.push(record);
}

function* modelSteps(input: ModelInput): Steps<KnowledgeModel> {
  const acc = start();
  for (const rec of input.records) {
    add(acc, rec);
    if (due()) yield;
  }
  const { byKind, byId, all } = acc;
  const synonyms = input.synonyms.map((g) => Object.freeze(g.map((w) => w.toLowerCase())));
  const roles = buildRoles(input.roles ?? []);
  const relations = yield* relationSteps(all, roles);
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
    people: frozenMap(byKind.person),
    byId: frozenMap(byId),
    synonyms: Object.freeze(synonyms),
    roles,
    vocabulary: buildVocabulary(input.vocabularies ?? []),
    relations,
  }) as KnowledgeModel;
}

export function buildModel(input: ModelInput): KnowledgeModel {
  return runSteps(modelSteps(input));
}

/**
 * The same model, built in slices that give the event loop back every few milliseconds: a running
 * bot keeps answering while a reload builds the new version.
 */
export function buildModelSliced(input: ModelInput, sliceMs = 8): Promise<KnowledgeModel> {
  return runStepsSliced(modelSteps(input), sliceMs);
}
