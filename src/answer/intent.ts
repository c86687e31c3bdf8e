// What is being asked. Every word of the question gets a role before anything is searched: a chat
// spelling is rewritten, filler (chat words, politeness, hedges) is set aside, yes/no forms are
// recognised, and the question type is chosen by weighing every cue of the vocabulary that
// matches (src/answer/lexicon/*.yml), not by the first pattern that does.

import { CLEFT, describingOnly, relativeAsked } from "./clause-forms.js";
import { DEFINITE_RELATIVE, kindAfter, setAsideBefore } from "./cue-place.js";
import { languageOf } from "./language.js";
import {
  alternation,
  type CompiledCue,
  classOf,
  inClass,
  type Lexicon,
  lexiconPattern,
} from "./lexicon/lexicon.js";
import { BUILTIN_LEXICON } from "./lexicon/load.js";
import { couldMatch } from "./lexicon/required-literals.js";
import { cuesInNames } from "./name-phrase.js";
import { negatedClaim } from "./negated-claim.js";
import { foldText } from "./normalize.js";
import type { Intent } from "./types.js";
import {
  dropFiller,
  expandContractions,
  fillerPhraseSpans,
  fixCueTypo,
  questionTokens,
  rewrite,
} from "./word-forms.js";
import { auxOpener, claimForm, statedAsQuestion } from "./yes-no-form.js";

export type WordRole = "filler" | "cue" | "stop" | "content";

export interface ParsedQuestion {
  folded: string;
  /** Folded words after rewrites, filler removed, cue typos corrected ("leeds" → "leads"). */
  words: string[];
  /** Every word after rewrites, filler included (scope rules read these). */
  allWords: string[];
  /** Folded words typed in capitals ("un" for "UN", "onu" for "ONU"). */
  capitals: ReadonlySet<string>;
  /** Indexes of stop words typed as names ("UN"), searched only when nothing else is. */
  stopNames: number[];
  /** Words set aside as filler, for --explain. */
  filler: string[];
  intent: Intent;
  flag?: "with" | "relation" | "naming";
  /** True for words spent on saying what is asked (or stop words): not searched. */
  consumed: boolean[];
  /** Index of the first word of the winning cue, or -1. */
  intentAt: number;
  /**
   * Index of the first word of a relative clause describing a body ("the group [that UNMAS
   * chairs]"), or -1: records named inside it describe the body, they are not asked about.
   */
  describedAt: number;
  /** A yes/no question ("is X led by Y?", "X runs Y, right?", "true or false: …"). */
  yesNo: boolean;
  /** A claim that denies its relation ("DPPA is not involved in the MARA, right?"). */
  negated: boolean;
  /** Every type whose cues matched, with its weight, strongest first (for --explain). */
  scores: { type: string; weight: number }[];
  /** The language the question is mostly in. */
  lang: string;
}

/** "which department", "quelle entité": a question word and the kind of thing it asks for. */
const kindQuestion = (lex: Lexicon) =>
  lexiconPattern(
    lex,
    "kind-question",
    () =>
      new RegExp(
        `\\b(?:${alternation(lex, "kind_question_openers")}) (?:(?:${alternation(lex, "kind_question_links")}) )?(?:${alternation(lex, "kind_question_nouns")})s?\\b`,
        "g",
      ),
  );

/** "the perspective from which": a noun, an English preposition, "which". */
const relativeAfter = (lex: Lexicon) =>
  lexiconPattern(
    lex,
    "relative-en",
    () => new RegExp(`\\b(\\w+) (?:${alternation(lex, "prepositions", "en")}) which\\b`),
  );
/** "l'étude exploratoire que…": a noun after its article, then a French relative pronoun. */
const frenchRelativeAfter = (lex: Lexicon) =>
  lexiconPattern(
    lex,
    "relative-fr",
    () =>
      new RegExp(
        `(?:^|\\b(?:le|la|les|un|une|des|du|cette|ces) )(?:\\w+ )?(\\w{4,}) (?:${alternation(lex, "relative_words", "fr")}) (?=\\w)`,
      ),
  );

/** A cue starting within this many characters of the question is at its head. */
const HEAD_CHARS = 24;
const HEAD_BONUS = 20;
/** What a cue inside a relative clause weighs: nothing ("the perspective from which it is conducted" asks no lead). */
const RELATIVE = 0;

export function parseQuestion(
  text: string,
  knows: (w: string) => boolean,
  lex: Lexicon = BUILTIN_LEXICON,
  isName: (w: string) => boolean = () => false,
  inNamePhrase: (phrase: string) => boolean = () => false,
): ParsedQuestion {
  const folded = expandContractions(foldText(text));
  // "i" is kept (the index drops single letters): "am i right", "i heard" are phrases.
  const raw = rewrite(questionTokens(folded, lex), lex, knows);
  const lang = languageOf(raw, lex);
  const yn = claimForm(raw, lex);
  const { kept, filler } = dropFiller(yn.tokens, lex, isName);
  const words = relativeAsked(
    kept.map((w) => fixCueTypo(w, lex, knows)),
    lex,
  );
  // Words the folder declares names ("steering", "docs"), and cue words inside a record's name
  // as typed ("Groupe … de coordination de la lutte antimines"), are hidden from the cues.
  const describing = describingOnly(text, lex);
  const hidden = new Set([
    ...lex.names,
    ...cuesInNames(words, lex, inNamePhrase, isName),
    ...describing,
  ]);
  const joined = words.map((w) => (hidden.has(w) ? "_".repeat(w.length) : w)).join(" ");
  const starts: number[] = [];
  let pos = 0;
  for (const w of words) {
    starts.push(pos);
    pos += w.length + 1;
  }
  const wordAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const capitalsTyped = new Set((text.match(/\b[A-Z]{2,}\b/g) ?? []).map((w) => w.toLowerCase()));
  // A stop word typed in capitals that is part of a name ("UN Women") is searched.
  // In an English question a French stop word typed in lowercase before another name word is
  // the name too ("un action", "un women": nobody writes French articles there).
  // In French, where "un" is an article, only where no article stands: after "de" (French elides
  // "d'un") or after a kind of body ("le réseau un action", "membre de un action").
  const lowerName = (w: string, i: number) =>
    (lang === "en" ||
      (i > 0 && /^(?:de|du|des)$/.test(words[i - 1] ?? "")) ||
      (i > 0 && lex.kindWords.has(words[i - 1] ?? ""))) &&
    !lex.stopWords.has(words[i + 1] ?? "") &&
    isName(words[i + 1] ?? "") &&
    isName(w) &&
    !inClass(lex, "function_words", w);
  words.forEach((w, i) => {
    if (lex.stopWords.has(w) && lowerName(w, i)) capitalsTyped.add(w);
  });
  const consumed = words.map(
    (w) => (lex.stopWords.has(w) && !(capitalsTyped.has(w) && isName(w))) || describing.includes(w),
  );
  // A stop word typed in capitals that is also a name ("UN" is French "a"): the name, when the
  // question names nothing else.
  const capitals = new Set((text.match(/\b[A-Z]{2,}\b/g) ?? []).map((w) => w.toLowerCase()));
  const stopNames = words.flatMap((w, i) =>
    consumed[i] && capitals.has(w) && isName(w) ? [i] : [],
  );
  const consume = (from: number, to: number) => {
    if (to <= from) return;
    for (let i = wordAt(from); i <= wordAt(to - 1); i++) consumed[i] = true;
  };

  // Weigh every cue: a type's evidence is its strongest cue, plus a little for each further one.
  // Cues are read on the question without filler and, so a phrase that filler words are part of
  // ("what do you know") still counts, on the whole question too.
  type Hit = { weight: number; hits: number; cue: (typeof lex.cues)[number]; m?: RegExpExecArray };
  const best = new Map<string, Hit>();
  const whole = raw.map((w) => (hidden.has(w) ? "_".repeat(w.length) : w)).join(" ");
  // (A cue wholly inside a filler phrase says nothing: "going by our material" asks no links.)
  let spans: [number, number][] | undefined;
  const inWhole = (cue: CompiledCue) => {
    if (!couldMatch(cue.need, whole)) return false;
    const m = cue.re.exec(whole);
    if (!m) return false;
    spans ??= fillerPhraseSpans(raw, lex);
    return !spans.some(([a, b]) => m.index >= a && m.index + m[0].length <= b);
  };
  const functionWords = classOf(lex, "function_words", lang);
  if (words.length > 0) {
    for (const cue of lex.cues) {
      const m = (couldMatch(cue.need, joined) && cue.re.exec(joined)) || undefined;
      if (!m && (whole === joined || !inWhole(cue))) continue;
      // ("ok but who is in it": French "but" is an English function word in an English question.)
      if (m && cue.lang !== lang && m[0].split(" ").every((w) => functionWords.has(w))) continue;
      const prev = best.get(cue.type);
      // A cue is weighed where it stands: one in the head outweighs a heavier one further on
      // ("who are the partners DPO works with": "partners", not "works with", says it).
      // ("What are the organisations helping DPO" asks which ones: "what are" + a kind of body
      // is no definition's head.)
      const head =
        m !== undefined &&
        m.index <= HEAD_CHARS &&
        !(cue.type === "definition" && kindAfter(joined, m, lex));
      // ("Which role, beyond chairing the group, …": what is set aside is not what is asked.)
      if (m && setAsideBefore(joined, m.index, lex)) continue;
      const weight = cue.weight + (head ? HEAD_BONUS : 0);
      if (!prev) best.set(cue.type, { weight, hits: 1, cue, ...(m ? { m } : {}) });
      else {
        prev.hits++;
        if (weight > prev.weight || (!prev.m && m && weight === prev.weight)) {
          prev.weight = weight;
          prev.cue = cue;
          if (m) prev.m = m;
          else delete prev.m;
        }
      }
    }
  }
  // "the perspective from which the study is being conducted": a cue inside a relative clause
  // describes what is named, it does not say what is asked.
  // (Unless it qualifies the kind of record asked for: "the entities with which DPO coordinates".)
  // French relatives after a noun with its article: "l'étude exploratoire que le DOMP a
  // contribué à soutenir, elle porte sur quoi ?".
  const found = relativeAfter(lex).exec(joined) ?? frenchRelativeAfter(lex).exec(joined);
  // ("c'est le DOP qui s'en occupe ?", "is it DPO that leads it?": a cleft's relative clause is
  // what is asked, not a description.)
  // ("je croyais que le MARA…": "que" after a verb of thinking or saying introduces what is said.)
  const rel =
    found &&
    (CLEFT.test(joined.slice(0, found.index + found[0].length)) ||
      inClass(lex, "thinking_verbs", found[1] ?? ""))
      ? null
      : found;
  // "What does the group that UNMAS chairs do?": a body described by a relative after "the" is
  // what the question asks about, whatever kind of body it is.
  const yesNo = yn.yesNo || auxOpener(words, lex) || statedAsQuestion(text, words, lex);
  // (In a claim the relative is what is claimed: "Isn't the IACG-MA the body that sets…?")
  const described = yesNo ? null : DEFINITE_RELATIVE.exec(joined);
  const relative =
    rel &&
    !lex.kindWords.has(rel[1] as string) &&
    !inClass(lex, "kind_plurals", rel[1] as string) &&
    !inClass(lex, "object_pronouns", rel[1] as string)
      ? { index: rel.index + rel[0].length - 1 }
      : described &&
          !/^(?:what|which)\b/.test(
            joined.slice(0, described.index).trim().split(" ").slice(-1)[0] ?? "",
          )
        ? {
            // (A participle is itself the cue it carries, and the whole phrase describes: "the
            // group chaired by UNMAS", "le groupe interinstitutions présidé par UNMAS".)
            index:
              described.index + (/ (?:by|par) $/.test(described[0]) ? 0 : described[0].length - 1),
            described: true,
          }
        : null;
  const scores = [...best.entries()]
    .map(([type, b]) => ({
      type,
      // The head of the question ("what is the expected outcome of X led by Y") is what it asks:
      // a cue in the first words outweighs one further on.
      weight:
        (b.weight + 0.5 * (b.hits - 1)) *
        (relative && b.m && relative.index > 8 && b.m.index > relative.index ? RELATIVE : 1),
    }))
    .filter((s) => s.weight > 0)
    .sort((a, b) => b.weight - a.weight);
  let intent: Intent = "unknown";
  let flag: ParsedQuestion["flag"];
  let intentAt = -1;
  const top = scores[0] ? best.get(scores[0].type) : undefined;
  if (top) {
    intent = top.cue.type as Intent;
    flag = top.cue.flag;
    const m = top.m;
    if (m) {
      const keep = m.groups?.keep;
      if (keep) {
        const at = m.index + m[0].indexOf(keep);
        consume(m.index, at);
        consume(at + keep.length, m.index + m[0].length);
      } else consume(m.index, m.index + m[0].length);
      intentAt = wordAt(m.index);
    }
    // Every other phrase that says the same thing is spent too ("examples … in the field").
    for (const cue of lex.cues) {
      if (cue.type !== intent || cue.keeps) continue;
      if (!couldMatch(cue.need, joined)) continue;
      for (const mm of joined.matchAll(cue.all)) consume(mm.index, mm.index + mm[0].length);
    }
  }
  // "which department", "quelle entité": the question word plus a kind noun says nothing more.
  for (const m of joined.matchAll(kindQuestion(lex))) consume(m.index, m.index + m[0].length);
  if (intent === "unknown" && words.length > 0) intent = "definition";

  return {
    folded,
    words,
    allWords: raw,
    capitals: capitalsTyped,
    stopNames,
    filler,
    intent,
    ...(flag ? { flag } : {}),
    consumed,
    intentAt,
    describedAt:
      described && relative && "described" in relative
        ? wordAt(described.index + described[0].length - 1)
        : -1,
    yesNo,
    negated: negatedClaim(words, yesNo, lex),
    scores,
    lang,
  };
}
