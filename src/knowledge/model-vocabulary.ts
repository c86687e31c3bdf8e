// The vocabulary part of the model: roles as data and a folder's own question words. Types only,
// so the engine can import them without pulling in the loader.
import type { CONTACT_TYPES } from "./schema-parts.js";
import type { QuestionType } from "./schema-vocabulary.js";

export type ContactType = (typeof CONTACT_TYPES)[number];
export type { QuestionType };

/** Question words by language. */
export interface LangWords {
  readonly en: readonly string[];
  readonly fr: readonly string[];
}

/** One role, built in or declared by the folder; every field filled in (defaults applied). */
export interface RoleDef {
  readonly id: string;
  /** One holder: "technical lead". */
  readonly label: string;
  /** Several holders: "technical leads". */
  readonly plural: string;
  /** One holder in an answer: "Jane Doe chairs X", "Jane Doe is the technical lead of X". */
  readonly verb: string;
  /** Several holders: "Jane Doe and Li Wei co-chair X". */
  readonly verbPlural: string;
  /** `leading` roles answer "who leads / runs X"; `member` roles answer "who is in X". */
  readonly kind: "leading" | "member";
  /** Words that ask for this role, lowercased ("tech lead", "responsable technique"). */
  readonly words: LangWords;
  readonly description?: string;
  /** True when the role comes from the built-in defaults and the folder did not re-declare it. */
  readonly builtIn: boolean;
}

/** One role held in one membership. */
export interface RoleHolding {
  readonly role: string;
  readonly since?: string;
  readonly until?: string;
}

/** A folder's own question words, from its `vocabulary:` sections (all files merged). */
export interface Vocabulary {
  /** Extra cue words per question type and language, lowercased. Only types the folder names. */
  readonly cues: Readonly<Partial<Record<QuestionType, LangWords>>>;
  /** Words that are parts of names in this folder, never cues ("docs", "steering"), lowercased. */
  readonly names: readonly string[];
}
