// The shape of one knowledge file, as a knowledge officer writes it.
// Strict objects everywhere: an unknown key is almost always a typo that would silently lose a fact.
import { z } from "zod";

/** Record ids are lowercase slugs: `dpo`, `mara-assessment`, `un-women`. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lowercase words joined by '-', e.g. 'un-women'");

const Text = z.string().trim().min(1, "must not be empty");
const TextList = z.array(Text);

/** `2019-01-01`, or `2020-11` when only the month is known, or `2020`. Checked for a real calendar date. */
export const PartialDate = z
  .union([z.string(), z.number().int(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))
  .refine(isValidPartialDate, "dates are YYYY, YYYY-MM or YYYY-MM-DD and must exist");

export function isValidPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day <= last;
}

/** Only web links: a `javascript:` or `file:` URL in a Slack card would be a hazard. */
export const HttpUrl = z.string().refine((v) => {
  try {
    const u = new URL(v);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.length > 0;
  } catch {
    return false;
  }
}, "must be an http:// or https:// URL");

/** Where a record's facts come from: a source id and, for documents, the supporting passage. */
export const Citation = z.strictObject({
  source: Id,
  quote: Text.optional(),
});

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
  acronyms: TextList.optional(),
  /** Other ways people refer to it, including other languages ("Département des opérations de paix"). */
  aliases: TextList.optional(),
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
});

export const ACTIVITY_STATUSES = ["planned", "ongoing", "completed", "unknown"] as const;

export const Activity = z.strictObject({
  ...Common,
  ...Names,
  kind: z.enum(["assessment", "study", "programme", "initiative", "project", "policy", "other"]),
  /** Entity that leads it. */
  lead: Id.optional(),
  /** Entities it is carried out with / in coordination with. */
  partners: z.array(Id).optional(),
  /** Entities that contributed or supported without leading. */
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
});

export const MEMBERSHIP_ROLES = [
  "member",
  "chair",
  "coordinator",
  "partner",
  "contributor",
  "collaborator",
] as const;

/** One entity's place in a network, group or arrangement: UN Action's members, who chairs which group. */
export const Membership = z.strictObject({
  ...Common,
  member: Id,
  group: Id,
  role: z.enum(MEMBERSHIP_ROLES),
  /** What the member brings or does there, one line: "contributes expertise". */
  summary: Text.optional(),
  since: PartialDate.optional(),
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
  aliases: TextList.optional(),
  definition: Text,
  /** Broader topics this term falls under (term ids). */
  topics: z.array(Id).optional(),
  related: z.array(Id).optional(),
});

export const Example = z.strictObject({
  ...Common,
  title: Text,
  aliases: TextList.optional(),
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
  entities: z.array(Entity).optional(),
  activities: z.array(Activity).optional(),
  memberships: z.array(Membership).optional(),
  resources: z.array(Resource).optional(),
  terms: z.array(Term).optional(),
  examples: z.array(Example).optional(),
  synonyms: z.array(SynonymGroup).optional(),
});

export type EntityRecord = z.infer<typeof Entity>;
export type ActivityRecord = z.infer<typeof Activity>;
export type MembershipRecord = z.infer<typeof Membership>;
export type ResourceRecord = z.infer<typeof Resource>;
export type TermRecord = z.infer<typeof Term>;
export type ExampleRecord = z.infer<typeof Example>;
export type SourceRecord = z.infer<typeof Source>;
export type CitationRecord = z.infer<typeof Citation>;
export type KnowledgeFileData = z.infer<typeof KnowledgeFile>;

/** The section name in a file for each kind of record. */
export const SECTIONS = {
  sources: "source",
  entities: "entity",
  activities: "activity",
  memberships: "membership",
  resources: "resource",
  terms: "term",
  examples: "example",
} as const;
