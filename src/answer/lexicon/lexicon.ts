// The compiled question vocabulary every part of the engine reads: word sets, phrase lists and
// compiled patterns, merged over languages (a question may mix English and French). Built from
// validated files by compileLexicon; never mutated afterwards.

import type { Origin } from "../../knowledge/model.js";
import type { RequiredLiterals } from "./required-literals.js";
import type { Ask, ScopeReason, WordClass } from "./schema.js";

export interface CompiledCue {
  type: string;
  re: RegExp;
  /** The same pattern with the g flag: every place it matches (compiled once, not per question). */
  all: RegExp;
  /** Literals it cannot match without (see required-literals.ts); undefined: none known. */
  need: RequiredLiterals | undefined;
  /** It has a `keep` group (words inside it are the subject, not the cue: not spent by it). */
  keeps: boolean;
  weight: number;
  flag?: "with" | "relation" | "naming";
  lang: string;
  origin: Origin;
}

/** A pattern with the literals it cannot match without (see required-literals.ts). */
export type Guarded<T> = T & { re: RegExp; need: RequiredLiterals | undefined };

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
  /** Words the vocabulary's cue and ask patterns are written with ("director", "count"). */
  readonly patternWords: ReadonlySet<string>;
  readonly names: ReadonlySet<string>;
  readonly cues: readonly CompiledCue[];
  /** Every question type some cue names, in file order (the registry must cover each). */
  readonly types: readonly string[];
  readonly asks: readonly Guarded<{ ask: Ask }>[];
  readonly yesNoOpeners: readonly RegExp[];
  readonly yesNoTags: readonly RegExp[];
  readonly negations: ReadonlySet<string>;
  readonly scope: readonly Guarded<{ reason: ScopeReason }>[];
  readonly hello: ReadonlySet<string>;
  readonly thanks: ReadonlySet<string>;
  readonly smallTalk: readonly RegExp[];
  readonly companions: ReadonlySet<string>;
  readonly splitters: readonly RegExp[];
  /** Openers of a question asking the same of each name in a list (see schema.ts). */
  readonly listOpeners: readonly RegExp[];
  /** A claim's folded phrase → folded phrases of a fact that contradict it, all languages. */
  readonly opposites: ReadonlyMap<string, readonly string[]>;
  /** A folded kind noun ("network", "reseau") → the record kinds it fits, all languages. */
  readonly kindNouns: ReadonlyMap<string, readonly string[]>;
  /** Closed word classes, all languages merged; entries are folded words or phrases ("west africa"). */
  readonly wordClasses: ReadonlyMap<WordClass, ReadonlySet<string>>;
  /** The same, per language (language markers are one language's). */
  readonly wordClassesByLang: ReadonlyMap<string, ReadonlyMap<WordClass, ReadonlySet<string>>>;
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

const EMPTY: ReadonlySet<string> = new Set();

/** Is this folded word (or phrase) in the class, in any language? */
export function inClass(lex: Lexicon, cls: WordClass, word: string): boolean {
  return lex.wordClasses.get(cls)?.has(word) ?? false;
}

/** A word class's members in one language (empty when that language has none). */
export function classOf(lex: Lexicon, cls: WordClass, lang?: string): ReadonlySet<string> {
  if (lang === undefined) return lex.wordClasses.get(cls) ?? EMPTY;
  return lex.wordClassesByLang.get(lang)?.get(cls) ?? EMPTY;
}

/** A class's members as a regular-expression alternation, longest first ("within|into|in…"). */
export function alternation(lex: Lexicon, cls: WordClass, lang?: string): string {
  const members = classOf(lex, cls, lang);
  // (An empty class matches nothing, not the empty string.)
  if (members.size === 0) return "(?!)";
  return [...members]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
}

/**
 * A memo of a keyed computation, one per vocabulary (a word's judgement, a pattern built from
 * word classes). Bounded: past `max` keys it starts again, so a flood of new words costs a
 * recomputation, never memory.
 */
export function lexiconMemo<T>(max: number): (lex: Lexicon, key: string, compute: () => T) => T {
  const memo = new WeakMap<Lexicon, Map<string, T>>();
  return (lex, key, compute) => {
    let forLex = memo.get(lex);
    if (!forLex) {
      forLex = new Map();
      memo.set(lex, forLex);
    }
    if (forLex.has(key)) return forLex.get(key) as T;
    const value = compute();
    if (forLex.size >= max) forLex.clear();
    forLex.set(key, value);
    return value;
  };
}

/** A pattern built from a lexicon's word classes, compiled once per lexicon and key. */
export const lexiconPattern = lexiconMemo<RegExp>(Number.POSITIVE_INFINITY);
