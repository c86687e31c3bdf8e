// The shape of one knowledge file, as a knowledge officer writes it.
// Strict objects everywhere: an unknown key is almost always a typo that would silently lose a fact.
import { z } from "zod";
import {
  Citation,
  Contact,
  HttpUrl,
  Id,
  NameList,
  PartialDate,
  Text,
  TextList,
} from "./schema-parts.js";
import { RoleDeclaration, Vocabulary } from "./schema-vocabulary.js";

export {
  CHAT_PLATFORMS,
  Citation,
  CONTACT_TYPES,
  Contact,
  HttpUrl,
  Id,
  isValidPartialDate,
  NameEntry,
  PartialDate,
} from "./schema-parts.js";
export {
  QUESTION_TYPES,
  ROLE_KINDS,
  RoleDeclaration,
  Vocabulary,
  Words,
} from "./schema-vocabulary.js";

const Common = {
  id: Id,
  /** Citations; every record needs at least one. */
  sources: z.array(Citation).min(1, "every record needs at least one source"),
  /** Names this record knowingly shares with another record (both must declare it). */
  ambiguous: TextList.optional(),
};

const Names = {
  /** Official full name. */
  name: Text,
  /** Official short forms; `{ name: FNUAP, lang: fr }` marks one in another language. */
  acronyms: NameList.optional(),
  /** Other ways people refer to it, including other languages ("Département des opérations de paix"). */
  aliases: NameList.optional(),
};

/** How to reach it and what it answers for, shared by entities and activities. */
const Reach = {
  /** Chat channels, mailing lists, e-mail, meeting notes, calendars, websites. */
  contacts: z.array(Contact).optional(),
  /** Ids of the groups, services or activities it owns (the reverse is asked as "who owns X"). */
  owns: z.array(Id).optional(),
  /** Ids of the groups or people with a stake in it ("who are X's stakeholders"). */
  stakeholders: z.array(Id).optional(),
};

export const ENTITY_KINDS = [
  "department",
  "office",
  "agency",
  "fund",
  "programme",
  "service",
  "section",
  "network",
  "group",
  "team",
  "arrangement",
  "entity",
] as const;

export const FormerName = z.strictObject({
  name: Text,
  acronyms: TextList.optional(),
  /** Last day the former name was in use, or the date of the change. */
  until: PartialDate.optional(),
  note: Text.optional(),
  sources: z.array(Citation).min(1).optional(),
});

export const Entity = z.strictObject({
  ...Common,
  ...Names,
  kind: z.enum(ENTITY_KINDS),
  former_names: z.array(FormerName).optional(),
  /** Id of the entity it sits in (UNMAS sits in OROLSI, which sits in DPO). */
  part_of: Id.optional(),
  /** One line: what it is. */
  summary: Text,
  /** What it does, one short phrase each: "coordinator for mine action", "chairs the IACG-MA". */
  roles: TextList.optional(),
  /** Longer notes: approach, purpose, how it works. */
  description: Text.optional(),
  topics: z.array(Id).optional(),
  related: z.array(Id).optional(),
  ...Reach,
});

export const ACTIVITY_STATUSES = ["planned", "ongoing", "completed", "unknown"] as const;

export const Activity = z.strictObject({
  ...Common,
  ...Names,
  kind: z.enum(["assessment", "study", "programme", "initiative", "project", "policy", "other"]),
  /** Entity (or person) that leads it. */
  lead: Id.optional(),
  /** Entities or people it is carried out with / in coordination with. */
  partners: z.array(Id).optional(),
  /** Entities or people that contributed or supported without leading. */
  contributors: z.array(Id).optional(),
  /** A network, group or arrangement it belongs to or is carried out under. */
  part_of: Id.optional(),
  /** Where it takes place, when the source says so (a country or "country level"). */
  place: Text.optional(),
  since: PartialDate.optional(),
  until: PartialDate.optional(),
  status: z.enum(ACTIVITY_STATUSES).optional(),
  summary: Text,
  /** What it is for. */
  purpose: Text.optional(),
  /** What it will lead to or has led to. */
  outcome: Text.optional(),
  description: Text.optional(),
  topics: z.array(Id).optional(),
  related: z.array(Id).optional(),
  ...Reach,
});

/** The roles the first format knew; kept for reference (the full vocabulary is in roles.ts). */
export const MEMBERSHIP_ROLES = [
  "member",
  "chair",
  "coordinator",
  "partner",
  "contributor",
  "collaborator",
] as const;

/** One role held in a group: `chair`, or `{ role: chair, since: 2021, until: 2023 }`. */
export const RoleEntry = z.preprocess(
  (v) => (typeof v === "string" ? { role: v } : v),
  z.strictObject({
    role: Id,
    since: PartialDate.optional(),
    until: PartialDate.optional(),
  }),
);

/**
 * One member's place in a network, group, team or activity: UN Action's members, who chairs which
 * group. `role: chair` for one role, `roles: [chair, technical-lead]` for several.
 */
export const Membership = z
  .strictObject({
    ...Common,
    /** An entity or a person. */
    member: Id,
    group: Id,
    /** A role id: built in (member, chair, lead ...) or declared under `roles:`. */
    role: Id.optional(),
    roles: z.array(RoleEntry).min(1).optional(),
    /** What the member brings or does there, one line: "contributes expertise". */
    summary: Text.optional(),
    since: PartialDate.optional(),
    until: PartialDate.optional(),
  })
  .superRefine((m, ctx) => {
    if (m.role === undefined && m.roles === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["role"],
        message: "missing required field 'role' (or 'roles' for several roles)",
        params: { code: "KB009", whole: true },
      });
    } else if (m.role !== undefined && m.roles !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["roles"],
        message: "give either 'role' (one role) or 'roles' (a list), not both",
        params: { code: "KB030", whole: true },
      });
    }
  });

/** A person: who holds a role is answered with their name, title and affiliation. */
export const Person = z.strictObject({
  id: Id,
  name: Text,
  /** Handles and initials people type: `jdoe`, `@jane`, `JD`. */
  aliases: NameList.optional(),
  /** Job title: "Staff Engineer". */
  title: Text.optional(),
  /** Id of the entity they belong to (their team, department or organisation). */
  affiliation: Id.optional(),
  contacts: z.array(Contact).optional(),
  summary: Text.optional(),
  topics: z.array(Id).optional(),
  related: z.array(Id).optional(),
  /** Optional for people: a directory rarely cites a document per person. */
  sources: z.array(Citation).min(1, "give at least one source, or leave 'sources' out").optional(),
  ambiguous: TextList.optional(),
});

export const Resource = z.strictObject({
  ...Common,
  title: Text,
  url: HttpUrl,
  /** `intranet` links (iSeek) only open inside the UN network; cards mark them. */
  access: z.enum(["public", "intranet"]),
  summary: Text.optional(),
  topics: z.array(Id).optional(),
  /** Records the resource is about (entities, activities). */
  about: z.array(Id).optional(),
});

export const Term = z.strictObject({
  ...Common,
  /** The short form people type: "CRSV". Use the full form when there is no short one. */
  term: Text,
  /** The expanded form: "conflict-related sexual violence". */
  name: Text,
  aliases: NameList.optional(),
  definition: Text,
  /** Broader topics this term falls under (term ids). */
  topics: z.array(Id).optional(),
  related: z.array(Id).optional(),
});

export const Example = z.strictObject({
  ...Common,
  title: Text,
  aliases: NameList.optional(),
  place: Text.optional(),
  /** Entities or arrangements involved. */
  who: z.array(Id).min(1),
  what: Text,
  focus: Text.optional(),
  topics: z.array(Id).optional(),
  related: z.array(Id).optional(),
});

export const Source = z.strictObject({
  id: Id,
  title: Text,
  kind: z.enum(["document", "note"]),
  /** Text of the document, relative to the knowledge folder, so quotes can be checked. */
  file: z.string().min(1).optional(),
  url: HttpUrl.optional(),
  /** For notes: the fact the note vouches for and where it comes from. */
  summary: Text.optional(),
});

/** Words that mean the same in this knowledge base's domain ("evaluation" ~ "assessment"). */
export const SynonymGroup = z.array(Text).min(2, "a synonym group needs at least two words");

/** One YAML file. Every section is optional so records can be split across files freely. */
export const KnowledgeFile = z.strictObject({
  sources: z.array(Source).optional(),
  people: z.array(Person).optional(),
  entities: z.array(Entity).optional(),
  activities: z.array(Activity).optional(),
  memberships: z.array(Membership).optional(),
  resources: z.array(Resource).optional(),
  terms: z.array(Term).optional(),
  examples: z.array(Example).optional(),
  synonyms: z.array(SynonymGroup).optional(),
  roles: z.array(RoleDeclaration).optional(),
  vocabulary: Vocabulary.optional(),
});

export type EntityRecord = z.infer<typeof Entity>;
export type ActivityRecord = z.infer<typeof Activity>;
export type MembershipRecord = z.infer<typeof Membership>;
export type ResourceRecord = z.infer<typeof Resource>;
export type TermRecord = z.infer<typeof Term>;
export type ExampleRecord = z.infer<typeof Example>;
export type SourceRecord = z.infer<typeof Source>;
export type PersonRecord = z.infer<typeof Person>;
export type RoleEntryRecord = z.infer<typeof RoleEntry>;
export type {
  QuestionType,
  RoleDeclarationRecord,
  VocabularyRecord,
} from "./schema-vocabulary.js";
export type CitationRecord = z.infer<typeof Citation>;
export type KnowledgeFileData = z.infer<typeof KnowledgeFile>;

/** The section name in a file for each kind of record. */
export const SECTIONS = {
  sources: "source",
  people: "person",
  entities: "entity",
  activities: "activity",
  memberships: "membership",
  resources: "resource",
  terms: "term",
  examples: "example",
} as const;
