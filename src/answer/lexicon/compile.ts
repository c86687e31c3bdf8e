// Merges validated vocabulary files into one Lexicon. Patterns are compiled here, so a pattern
// that is not a valid regular expression is reported at its own line and column.
import type { KnowledgeProblem, Origin } from "../../knowledge/model.js";
import type { PathSegment } from "../../knowledge/positions.js";
import { foldText } from "../normalize.js";
import type { CompiledCue, Guarded, Lexicon } from "./lexicon.js";
import { requiredLiterals } from "./required-literals.js";
import {
  ASKS,
  type Ask,
  type LexiconFile,
  SCOPES,
  type ScopeReason,
  WORD_CLASSES,
  type WordClass,
} from "./schema.js";

export interface LexiconSource {
  path: string;
  data: LexiconFile;
  locate(path: readonly PathSegment[]): Origin;
}

const words = (text: string) =>
  foldText(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
/**
 * Questions lose their single-letter words ("n'est-ce pas" is read "est ce pas", "j'ai" "ai"):
 * a pattern written with them is read the same way, so "n est ce pas" still matches.
 */
function asTokenised(pattern: string): string {
  return (
    pattern
      .replace(/(?<![\\\w])[a-hj-z] (?=[a-z(\\])/g, "")
      // (…and at the end of a phrase: "mener a|…", "de l)" are read "mener", "de".)
      .replace(/ (?<![\\\w])[a-hj-z](?=[|)]|$)/g, "")
  );
}

/** A phrase's words as questions are tokenised: single letters other than "i" are dropped. */
const phraseWords = (text: string) =>
  words(text).filter((t) => t.length > 1 || t === "i" || /\d/.test(t));

export function compileLexicon(
  sources: readonly LexiconSource[],
  problems: KnowledgeProblem[],
): Lexicon {
  const rewrites = new Map<string, string[]>();
  const glossary = new Map<string, Map<string, string[]>>();
  const filler = new Set<string>();
  const phrases: string[][] = [];
  const stopWords = new Set<string>();
  const kindWords = new Set<string>();
  const months = new Set<string>();
  const cueWords = new Set<string>();
  const names = new Set<string>();
  const cues: CompiledCue[] = [];
  const types: string[] = [];
  const asks: Guarded<{ ask: Ask }>[] = [];
  const yesNoOpeners: RegExp[] = [];
  const yesNoTags: RegExp[] = [];
  const negations = new Set<string>();
  const scope: Guarded<{ reason: ScopeReason }>[] = [];
  const hello = new Set<string>();
  const thanks = new Set<string>();
  const smallTalk: RegExp[] = [];
  const companions = new Set<string>();
  const splitters: RegExp[] = [];
  const listOpeners: RegExp[] = [];
  const messages = new Map<string, Map<string, string>>();
  const languages: string[] = [];
  const opposites = new Map<string, string[]>();
  const kindNouns = new Map<string, string[]>();
  const wordClasses = new Map<WordClass, Set<string>>();
  const wordClassesByLang = new Map<string, Map<WordClass, Set<string>>>();

  for (const src of sources) {
    const d = src.data;
    if (!languages.includes(d.language)) languages.push(d.language);
    const compile = (pattern: string, at: PathSegment[]): RegExp | undefined => {
      try {
        return new RegExp(asTokenised(pattern));
      } catch (err) {
        const o = src.locate(at);
        const why =
          err instanceof Error ? err.message.replace(/^Invalid regular expression: /, "") : "";
        problems.push({ ...o, code: "KB030", message: `not a valid pattern: ${why}` });
        return undefined;
      }
    };
    const addWords = (set: Set<string>, list: readonly string[] | undefined) => {
      for (const w of list ?? []) for (const x of words(w)) set.add(x);
    };
    for (const [from, to] of Object.entries(d.rewrites ?? {})) {
      // A one-letter chat spelling ("w", "r", "n") is a key of its own: questions keep such words.
      const one = words(from);
      const key = (one.length === 1 ? one : phraseWords(from)).join(" ");
      if (key) rewrites.set(key, words(to));
    }
    for (const [from, to] of Object.entries(d.glossary ?? {})) {
      const key = phraseWords(from).join(" ");
      if (!key) continue;
      const forLang = glossary.get(d.language) ?? new Map<string, string[]>();
      forLang.set(key, words(to));
      glossary.set(d.language, forLang);
    }
    addWords(filler, d.filler);
    for (const p of d.filler_phrases ?? []) {
      const ws = phraseWords(p);
      if (ws.length > 0) phrases.push(ws);
    }
    addWords(stopWords, d.stop_words);
    addWords(kindWords, d.kind_words);
    addWords(months, d.months);
    addWords(cueWords, d.cue_words);
    addWords(names, d.names);
    for (const [type, list] of Object.entries(d.types ?? {})) {
      if (!types.includes(type)) types.push(type);
      list.forEach((c, i) => {
        const re = compile(c.pattern, ["types", type, i, "pattern"]);
        if (!re) return;
        cues.push({
          type,
          re,
          all: new RegExp(re.source, `${re.flags}g`),
          need: requiredLiterals(re),
          keeps: re.source.includes("?<keep>"),
          weight: c.weight,
          ...(c.flag ? { flag: c.flag } : {}),
          lang: d.language,
          origin: src.locate(["types", type, i]),
        });
      });
    }
    for (const ask of ASKS) {
      (d.asks?.[ask] ?? []).forEach((p, i) => {
        const re = compile(p, ["asks", ask, i]);
        if (re) asks.push({ ask, re, need: requiredLiterals(re) });
      });
    }
    (d.yes_no?.openers ?? []).forEach((p, i) => {
      const re = compile(p, ["yes_no", "openers", i]);
      if (re) yesNoOpeners.push(re);
    });
    (d.yes_no?.tags ?? []).forEach((p, i) => {
      const re = compile(p, ["yes_no", "tags", i]);
      if (re) yesNoTags.push(re);
    });
    addWords(negations, d.yes_no?.negations);
    for (const reason of SCOPES) {
      (d.scope?.[reason] ?? []).forEach((p, i) => {
        const re = compile(p, ["scope", reason, i]);
        if (re) scope.push({ reason, re, need: requiredLiterals(re) });
      });
    }
    addWords(hello, d.greetings?.hello);
    addWords(thanks, d.greetings?.thanks);
    addWords(companions, d.greetings?.companions);
    (d.greetings?.small_talk ?? []).forEach((p, i) => {
      const re = compile(p, ["greetings", "small_talk", i]);
      if (re) smallTalk.push(re);
    });
    (d.splitters ?? []).forEach((p, i) => {
      const re = compile(p, ["splitters", i]);
      if (re) splitters.push(new RegExp(re.source, "g"));
    });
    (d.list_openers ?? []).forEach((p, i) => {
      const re = compile(p, ["list_openers", i]);
      if (re) listOpeners.push(re);
    });
    for (const [claim, against] of Object.entries(d.opposites ?? {})) {
      const key = words(claim).join(" ");
      const list = against.map((a) => words(a).join(" ")).filter(Boolean);
      if (key && list.length > 0) opposites.set(key, [...(opposites.get(key) ?? []), ...list]);
    }
    for (const [noun, kinds] of Object.entries(d.kind_nouns ?? {})) {
      const key = words(noun).join(" ");
      if (key) kindNouns.set(key, [...new Set([...(kindNouns.get(key) ?? []), ...kinds])]);
    }
    for (const cls of WORD_CLASSES) {
      const list = d.word_classes?.[cls];
      if (!list) continue;
      const forLang = wordClassesByLang.get(d.language) ?? new Map<WordClass, Set<string>>();
      wordClassesByLang.set(d.language, forLang);
      for (const w of list) {
        const entry = words(w).join(" ");
        if (!entry) continue;
        for (const m of [wordClasses, forLang]) {
          const set = m.get(cls) ?? new Set<string>();
          set.add(entry);
          m.set(cls, set);
        }
      }
    }
    for (const [id, text] of Object.entries(d.messages ?? {})) {
      const byLang = messages.get(id) ?? new Map<string, string>();
      byLang.set(d.language, text);
      messages.set(id, byLang);
    }
  }
  // A word a knowledge folder declares a name is never filler, a stop word or a cue word there.
  for (const n of names) {
    filler.delete(n);
    stopWords.delete(n);
    cueWords.delete(n);
  }
  phrases.sort((a, b) => b.length - a.length);
  const patternWords = new Set<string>();
  // (Cues and asks: what questions ask. The scope rules' lists of tasks and topics are not a
  // guide to what a typo meant: "psots" is no more "posts" than "spots".)
  for (const { re } of [...cues, ...asks]) {
    // The words a pattern is written with, its escapes ("\\b", "\\w") taken out first.
    for (const w of re.source.replace(/\\[a-zA-Z]/g, " ").match(/[a-z\u00e0-\u00ff]{4,}/g) ?? [])
      if (!names.has(w)) patternWords.add(w);
  }
  return {
    languages,
    rewrites,
    glossary,
    filler,
    fillerPhrases: phrases,
    stopWords,
    kindWords,
    months,
    cueWords,
    patternWords,
    names,
    cues,
    types,
    asks,
    yesNoOpeners,
    yesNoTags,
    negations,
    scope,
    hello,
    thanks,
    smallTalk,
    companions,
    splitters,
    listOpeners,
    messages,
    opposites,
    kindNouns,
    wordClasses,
    wordClassesByLang,
  };
}
