// The in-memory knowledge model the answer engine reads. Built once per load, then frozen:
// the engine never needs a second pass over the files, and a hot reload swaps the whole model.
import { codeLabel, type ProblemCode } from "./codes.js";
import type { ContactType, RoleDef, RoleHolding, Vocabulary } from "./model-vocabulary.js";
import type {
  ActivityRecord,
  EntityRecord,
  ExampleRecord,
  MembershipRecord,
  PersonRecord,
  ResourceRecord,
  SourceRecord,
  TermRecord,
} from "./schema.js";

export type * from "./model-vocabulary.js";

/** Every kind of record a knowledge folder holds. */
export const RECORD_KINDS = [
  "entity",
  "activity",
  "membership",
  "resource",
  "term",
  "example",
  "source",
  "person",
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Where a record was written, so messages can point a knowledge officer at it. */
export interface Origin {
  file: string;
  line: number;
  col: number;
}

/** A typed way to reach a group or a person, as the engine reads it. */
export interface Contact {
  readonly type: ContactType;
  /** Chat: `#team-docs`. */
  readonly channel?: string;
  /** Chat: where the channel lives (`slack` when the file does not say). */
  readonly platform?: string;
  /** E-mail and mailing lists: the bare address, `mailto:` removed. */
  readonly address?: string;
  /** A web page (notes, calendar, archive, a link to the channel). */
  readonly url?: string;
  /** The link to open: `url`, or `mailto:<address>` for e-mail; absent for a bare chat channel. */
  readonly href?: string;
  readonly label?: string;
  readonly note?: string;
}

/**
 * Names in the model are plain strings, whatever the file used (`FNUAP` or `{ name: FNUAP, lang: fr }`);
 * `nameLang` keeps the languages that were marked: name as written → language code.
 */
type Named<T> = Omit<T, "aliases" | "acronyms" | "contacts"> &
  ("aliases" extends keyof T ? { readonly aliases?: readonly string[] } : unknown) &
  ("acronyms" extends keyof T ? { readonly acronyms?: readonly string[] } : unknown) &
  ("contacts" extends keyof T ? { readonly contacts?: readonly Contact[] } : unknown) & {
    readonly nameLang?: Readonly<Record<string, string>>;
  };

type WithOrigin<T> = Readonly<T> & { readonly origin: Origin };

export type Entity = WithOrigin<Named<EntityRecord>> & { readonly type: "entity" };
export type Activity = WithOrigin<Named<ActivityRecord>> & { readonly type: "activity" };
/** `role` is the first role held (kept for the first format); `roles` lists every one. */
export type Membership = WithOrigin<Omit<MembershipRecord, "role" | "roles">> & {
  readonly type: "membership";
  readonly role: string;
  readonly roles: readonly RoleHolding[];
};
export type Resource = WithOrigin<ResourceRecord> & { readonly type: "resource" };
export type Term = WithOrigin<Named<TermRecord>> & { readonly type: "term" };
export type Example = WithOrigin<Named<ExampleRecord>> & { readonly type: "example" };
export type Source = WithOrigin<SourceRecord> & { readonly type: "source" };
export type Person = WithOrigin<Named<PersonRecord>> & { readonly type: "person" };

export type KnowledgeRecord =
  | Entity
  | Activity
  | Membership
  | Resource
  | Term
  | Example
  | Source
  | Person;

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
  /**
   * Every stored relation, askable both ways through one registry: relation id → its index.
   * Ids: each role id (`chair`, `technical-lead`, `lead`, `owner`, `stakeholder` ...: subject holds
   * that role in object), `member-of` (any membership), `part-of`, `affiliation`, `topic`,
   * `related`, `about`, `involves`. See RELATION_IDS in relations.ts.
   */
  readonly registry: ReadonlyMap<string, RelationIndex>;
  /** holder (person or entity) id → every role it holds, in every group */
  readonly rolesHeld: ReadonlyMap<string, readonly HeldRole[]>;
  /** group id → role id → holder ids (sorted), from memberships and activity fields */
  readonly holders: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
}

/** One statement of a relation: `subject` is `relation` of `object` (jane chair sig-docs). */
export interface RelationEdge {
  readonly subject: string;
  readonly object: string;
  /** Id of the record that states it: the membership, or the record whose field holds it. */
  readonly via: string;
  readonly since?: string;
  readonly until?: string;
}

/** One relation, both directions. Lists are sorted by id and never empty. */
export interface RelationIndex {
  readonly id: string;
  /** The role it stands for, when it is a role (chair, lead, owner ...). */
  readonly role?: RoleDef;
  /** subject id → object ids */
  readonly forward: ReadonlyMap<string, readonly string[]>;
  /** object id → subject ids */
  readonly reverse: ReadonlyMap<string, readonly string[]>;
  /** subject id → its statements (with dates and the stating record) */
  readonly edgesFrom: ReadonlyMap<string, readonly RelationEdge[]>;
  /** object id → its statements */
  readonly edgesTo: ReadonlyMap<string, readonly RelationEdge[]>;
}

/** A role as held by someone: in which group, since/until, stated by which record. */
export interface HeldRole {
  readonly group: string;
  readonly role: string;
  readonly since?: string;
  readonly until?: string;
  /** The membership id, or the activity whose `lead`/`partners`/`contributors` names the holder. */
  readonly via: string;
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
  readonly people: ReadonlyMap<string, Person>;
  /** Every record by id, whatever its kind. */
  readonly byId: ReadonlyMap<string, KnowledgeRecord>;
  /** Domain synonym groups, lowercased. */
  readonly synonyms: readonly (readonly string[])[];
  /** The role vocabulary: built-in roles overlaid with the folder's `roles:` declarations. */
  readonly roles: ReadonlyMap<string, RoleDef>;
  /** The folder's own question words (`vocabulary:` sections, merged). */
  readonly vocabulary: Vocabulary;
  readonly relations: Relations;
}

/** One problem found in the knowledge files, located for `file:line:col: message`. */
export interface KnowledgeProblem {
  /** Path as given to the loader's caller (relative to the cwd when possible). */
  file: string;
  line: number;
  col: number;
  /** Stable code, e.g. `KB012` (see PROBLEM_CODES and knowledge/README.md). */
  code: ProblemCode;
  /** The wording, without the code. */
  message: string;
}

export type LoadResult =
  | { ok: true; model: KnowledgeModel; warnings: readonly KnowledgeProblem[] }
  | { ok: false; problems: readonly KnowledgeProblem[] };

/** `file:line:col: KB012 unknown-reference: message`. */
export function formatProblem(p: KnowledgeProblem): string {
  return `${p.file}:${p.line}:${p.col}: ${codeLabel(p.code)}: ${p.message}`;
}
