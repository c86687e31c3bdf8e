// The compiled question vocabulary every part of the engine reads: word sets, phrase lists and
// compiled patterns, merged over languages (a question may mix English and French). Built from
// validated files by compileLexicon; never mutated afterwards.
import type { Origin } from "../../knowledge/model.js";
import type { Ask, ScopeReason } from "./schema.js";

export interface CompiledCue {
  type: string;
  re: RegExp;
  /** The same pattern with the g flag: every place it matches (compiled once, not per question). */
  all: RegExp;
  weight: number;
  flag?: "with" | "relation" | "naming";
  lang: string;
  origin: Origin;
}

export interface Lexicon {
  readonly languages: readonly string[];
  /** One folded word → the words it stands for ("wat" → ["what"]). */
  readonly rewrites: ReadonlyMap<string, readonly string[]>;
  /** A word (or two) of another language → the knowledge's words, by language ("fr"). */
  readonly glossary: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
  readonly filler: ReadonlySet<string>;
  /** Filler phrases as word sequences, longest first. */
  readonly fillerPhrases: readonly (readonly string[])[];
  readonly stopWords: ReadonlySet<string>;
  readonly kindWords: ReadonlySet<string>;
  readonly months: ReadonlySet<string>;
  readonly cueWords: ReadonlySet<string>;
  readonly names: ReadonlySet<string>;
  readonly cues: readonly CompiledCue[];
  /** Every question type some cue names, in file order (the registry must cover each). */
  readonly types: readonly string[];
  readonly asks: readonly { ask: Ask; re: RegExp }[];
  readonly yesNoOpeners: readonly RegExp[];
  readonly yesNoTags: readonly RegExp[];
  readonly negations: ReadonlySet<string>;
  readonly scope: readonly { reason: ScopeReason; re: RegExp }[];
  readonly hello: ReadonlySet<string>;
  readonly thanks: ReadonlySet<string>;
  readonly smallTalk: readonly RegExp[];
  readonly companions: ReadonlySet<string>;
  readonly splitters: readonly RegExp[];
  /** message id → language → template. */
  readonly messages: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** A reply in the asker's language when the lexicon has it, else English, else the id. */
export function message(
  lex: Lexicon,
  id: string,
  lang: string,
  vars: Readonly<Record<string, string>> = {},
): string {
  const byLang = lex.messages.get(id);
  const template = byLang?.get(lang) ?? byLang?.get("en") ?? id;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}
