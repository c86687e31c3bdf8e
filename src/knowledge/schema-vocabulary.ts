// The vocabulary a knowledge folder may declare: its roles (how holders are named and asked for)
// and its question words (extra cues, and words that are names there rather than cues).
import { z } from "zod";
import { Id, Text, TextList } from "./schema-parts.js";

export const ROLE_KINDS = ["leading", "member"] as const;

/** Question words in the languages the engine reads. */
export const Words = z.strictObject({ en: TextList.optional(), fr: TextList.optional() });

/**
 * A role a folder uses in its memberships. Only `id` is required; everything else has a default
 * worked out from the id, and a built-in id (chair, lead ...) can be re-declared to change it.
 */
export const RoleDeclaration = z.strictObject({
  id: Id,
  /** How one holder is called: "technical lead". */
  label: Text.optional(),
  /** Several holders: "technical leads". */
  plural: Text.optional(),
  /** One holder, in an answer: "Jane Doe *chairs* X"; default "is the <label> of". */
  verb: Text.optional(),
  /** Several holders: "Jane Doe and Li Wei *co-chair* X"; default "are the <plural> of". */
  verb_plural: Text.optional(),
  /** `leading` roles answer "who leads X"; `member` roles answer "who is in X". */
  kind: z.enum(ROLE_KINDS).optional(),
  /** Words that ask for this role: `en: [tech lead, tl]`, `fr: [responsable technique]`. */
  words: Words.optional(),
  description: Text.optional(),
});

/** The kinds of question a folder may add words for (see knowledge/README.md). */
export const QUESTION_TYPES = [
  "lead",
  "chair",
  "coordinate",
  "members",
  "partners",
  "role",
  "roles_of",
  "definition",
  "acronym",
  "short_name",
  "part_of",
  "parts",
  "owns",
  "owner",
  "stakeholders",
  "contact",
  "channel",
  "mailing_list",
  "email",
  "meeting_notes",
  "calendar",
  "website",
  "person",
  "resources",
  "history",
  "status",
  "example",
  "purpose",
  "compare",
  "overview",
  "help",
] as const;

/**
 * A folder's own question vocabulary: extra words per question type and language, and words that
 * are names there ("docs", "steering") so the engine does not read them as question cues.
 */
export const Vocabulary = z.strictObject({
  /** Words that are parts of names in this folder, never cues: `[docs, steering, conduct]`. */
  names: TextList.optional(),
  /** Extra words per question type: `contact: { en: [reach, ping], fr: [joindre] }`. */
  cues: z.record(z.string(), Words).optional(),
});

export type RoleDeclarationRecord = z.infer<typeof RoleDeclaration>;
export type VocabularyRecord = z.infer<typeof Vocabulary>;
export type QuestionType = (typeof QUESTION_TYPES)[number];
