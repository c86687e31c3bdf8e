// The in-memory knowledge model the answer engine reads. Built once per load, then frozen:
// the engine never needs a second pass over the files, and a hot reload swaps the whole model.
import type {
  ActivityRecord,
  EntityRecord,
  ExampleRecord,
  MembershipRecord,
  ResourceRecord,
  SourceRecord,
  TermRecord,
} from "./schema.js";

export type RecordKind =
  | "entity"
  | "activity"
  | "membership"
  | "resource"
  | "term"
  | "example"
  | "source";

/** Where a record was written, so messages can point a knowledge officer at it. */
export interface Origin {
  file: string;
  line: number;
  col: number;
}

type WithOrigin<T> = Readonly<T> & { readonly origin: Origin };

export type Entity = WithOrigin<EntityRecord> & { readonly type: "entity" };
export type Activity = WithOrigin<ActivityRecord> & { readonly type: "activity" };
export type Membership = WithOrigin<MembershipRecord> & { readonly type: "membership" };
export type Resource = WithOrigin<ResourceRecord> & { readonly type: "resource" };
export type Term = WithOrigin<TermRecord> & { readonly type: "term" };
export type Example = WithOrigin<ExampleRecord> & { readonly type: "example" };
export type Source = WithOrigin<SourceRecord> & { readonly type: "source" };

export type KnowledgeRecord = Entity | Activity | Membership | Resource | Term | Example | Source;

/** Reverse relations, precomputed at load. Every list is sorted by id for stable output. */
export interface Relations {
  /** entity id → activities it leads */
  readonly leads: ReadonlyMap<string, readonly string[]>;
  /** entity id → activities it is a partner in */
  readonly partnerIn: ReadonlyMap<string, readonly string[]>;
  /** entity id → activities it contributes to */
  readonly contributesTo: ReadonlyMap<string, readonly string[]>;
  /** entity id → its memberships (as member), any role */
  readonly memberOf: ReadonlyMap<string, readonly Membership[]>;
  /** group id → memberships in it (its members, chair, partners) */
  readonly members: ReadonlyMap<string, readonly Membership[]>;
  /** entity id → groups it chairs */
  readonly chairs: ReadonlyMap<string, readonly string[]>;
  /** entity or activity id → ids of records whose `part_of` points at it */
  readonly parts: ReadonlyMap<string, readonly string[]>;
  /** id → activities carried out under it (activity.part_of) */
  readonly activitiesUnder: ReadonlyMap<string, readonly string[]>;
  /** term id → resources whose topics include it */
  readonly resourcesByTopic: ReadonlyMap<string, readonly string[]>;
  /** record id → resources about it */
  readonly resourcesAbout: ReadonlyMap<string, readonly string[]>;
  /** record id → examples naming it in `who` or `related` */
  readonly examplesFor: ReadonlyMap<string, readonly string[]>;
  /** term id → records tagged with it in `topics` */
  readonly taggedWith: ReadonlyMap<string, readonly string[]>;
  /** record id → records that list it in `related` (the reverse of `related`) */
  readonly relatedFrom: ReadonlyMap<string, readonly string[]>;
}

export interface KnowledgeModel {
  /** Content hash of the files, short hex: changes whenever the knowledge changes. */
  readonly version: string;
  readonly dir: string;
  readonly files: readonly string[];
  readonly loadedAt: Date;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly activities: ReadonlyMap<string, Activity>;
  readonly memberships: ReadonlyMap<string, Membership>;
  readonly resources: ReadonlyMap<string, Resource>;
  readonly terms: ReadonlyMap<string, Term>;
  readonly examples: ReadonlyMap<string, Example>;
  readonly sources: ReadonlyMap<string, Source>;
  /** Every record by id, whatever its kind. */
  readonly byId: ReadonlyMap<string, KnowledgeRecord>;
  /** Domain synonym groups, lowercased. */
  readonly synonyms: readonly (readonly string[])[];
  readonly relations: Relations;
}

/** One problem found in the knowledge files, located for `file:line:col: message`. */
export interface KnowledgeProblem {
  /** Path as given to the loader's caller (relative to the cwd when possible). */
  file: string;
  line: number;
  col: number;
  message: string;
}

export type LoadResult =
  | { ok: true; model: KnowledgeModel; warnings: readonly KnowledgeProblem[] }
  | { ok: false; problems: readonly KnowledgeProblem[] };

export function formatProblem(p: KnowledgeProblem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.message}`;
}
