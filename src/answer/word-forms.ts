// The words of a question as typed: tokens, contractions, chat spellings, a dropped final g,
// misspelt cue words and filler — the forms intent.ts reads before it weighs the cues.
import { isDictionaryWord, isEnglishWord, isListedWord } from "./dictionary.js";
import { classOf, inClass, type Lexicon, lexiconMemo } from "./lexicon/lexicon.js";
import { slashShorthands } from "./normalize.js";
import { editDistance, neighbourSwaps, typoBudget } from "./tokens.js";

/**
 * The words of a folded question. Single letters go (the index drops them too), except "i" and
 * the chat spellings the vocabulary rewrites ("w" → "with", "r" → "are", "n" → "and").
 */
export function questionTokens(folded: string, lex: Lexicon): string[] {
  return (
    slashShorthands(folded)
      // (An elided French article or "ne" is no chat spelling: "n'est-ce pas" has no "and".)
      .replace(/\b[a-z]['\u2019](?=[a-z])/g, " ")
      .split(/[^a-z0-9]+/)
      .filter((t) => t.length > 1 || t === "i" || /\d/.test(t) || lex.rewrites.has(t))
  );
}

/** "who's" → "who is", "isn't" → "is not": the words a contraction stands for. */
export function expandContractions(folded: string): string {
  return folded
    .replace(/\b(can|won|shan)'t\b/g, (_, w: string) =>
      w === "can" ? "can not" : w === "won" ? "will not" : "shall not",
    )
    .replace(/n't\b/g, " not")
    .replace(/\b(who|what|where|when|how|that|it|there|here|which|this)'s\b/g, "$1 is")
    .replace(/'re\b/g, " are")
    .replace(/'ve\b/g, " have")
    .replace(/'ll\b/g, " will")
    .replace(/\bi'm\b/g, "i am")
    .replace(/\b(i|you|we|they|he|she)'d\b/g, "$1 would");
}

const typoCache = new Map<string, string>();

/** What a misspelt word may be read as: cue words, and the kinds of body ("agnecy", "tema"). */
const typoTargets = lexiconMemo<readonly string[]>(1);
const targetsOf = (lex: Lexicon) =>
  typoTargets(lex, "", () => [
    ...new Set([...lex.cueWords, ...lex.kindWords, ...(lex.wordClasses.get("kind_plurals") ?? [])]),
  ]);

/** A four-letter word with two neighbouring letters swapped ("tema"), if the swap is a target. */
function swappedTarget(word: string, lex: Lexicon): string | undefined {
  if (isDictionaryWord(word)) return undefined;
  const targets = targetsOf(lex);
  return neighbourSwaps(word).find((w) => targets.includes(w));
}

/** A misspelt cue word ("leeds", "leadin", "coordinaets") or kind of body read as the word it was. */
export function fixCueTypo(word: string, lex: Lexicon, knows: (w: string) => boolean): string {
  // (Four letters leave room for one typo only, a swap: "tema" is "team", "lade" no "lead".)
  if (word.length === 4 && !lex.stopWords.has(word) && !knows(word))
    return swappedTarget(word, lex) ?? word;
  // An English word as written ("lends", "funded", "formed") is the word meant, not a cue's typo.
  if (
    word.length < 5 ||
    lex.cueWords.has(word) ||
    lex.stopWords.has(word) ||
    knows(word) ||
    isEnglishWord(word)
  )
    return word;
  const key = `${lex.languages.join()}:${word}`;
  const cached = typoCache.get(key);
  if (cached !== undefined) return cached;
  const budget = Math.min(typoBudget(word.length), 2);
  let best = word;
  let bestDist = budget + 1;
  const ordinary = isDictionaryWord(word);
  for (const w of targetsOf(lex)) {
    if (Math.abs(w.length - word.length) > budget || w[0] !== word[0]) continue;
    // "head" → "heads" is another word, not a typo; "leadin" → "leading" is a typo. A word of
    // either language ("partager") is two letters from a cue ("partner") by chance, not a typo.
    if ((w.startsWith(word) || word.startsWith(w)) && ordinary) continue;
    // (A word of either language is no typo of a kind of body: "unies" is not "units".)
    if (ordinary && !lex.cueWords.has(w)) continue;
    if (ordinary && editDistance(word, w, budget) > 1) continue;
    const d = editDistance(word, w, budget);
    if (d < bestDist) {
      bestDist = d;
      best = w;
    }
  }
  if (typoCache.size > 10_000) typoCache.clear();
  typoCache.set(key, best);
  return best;
}

/** Rewrites chat spellings ("wat" → "what", "gimme" → "give me"). */
export function rewrite(
  tokens: readonly string[],
  lex: Lexicon,
  knows: (w: string) => boolean,
): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const to = lex.rewrites.get(t);
    if (to) out.push(...to);
    else
      out.push(droppedG(t, knows) ?? questionWordTypo(t, lex, knows) ?? mended(t, lex, knows) ?? t);
  }
  return out;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Mended words per knowledge (its `knows`): the same unexplained words come back often. */
const mendedMemo = new WeakMap<(w: string) => boolean, Map<string, string | null>>();

/**
 * An ordinary word typed with two neighbouring letters swapped ("beihnd", "eixsting", "cahrge")
 * or with a letter left out ("settigs", "betwen"): the word meant, when the typed word is no word
 * or name of its own and one such word exists (of several, the one the vocabulary or the
 * knowledge uses: "ohter" is "other", not "hoter"). Swaps are tried first. Names, and cues,
 * stay for their own mending. Remembered per knowledge.
 */
function mended(t: string, lex: Lexicon, knows: (w: string) => boolean): string | undefined {
  if (t.length < 5) return undefined;
  let memo = mendedMemo.get(knows);
  if (!memo) {
    memo = new Map();
    mendedMemo.set(knows, memo);
  }
  const key = `${lex.languages.join()}:${t}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit ?? undefined;
  // (A misspelt cue is the cue's: "leeds" is "leads", not "bleeds". A name typed with a slip is
  // the index's to mend, keeping the word as typed: "OROSLI".)
  const open =
    /^[a-z]+$/.test(t) &&
    !knows(t) &&
    !isDictionaryWord(t) &&
    !nearName(t, knows) &&
    fixCueTypo(t, lex, knows) === t;
  const out = open
    ? (onlyWord(neighbourSwaps(t), lex, knows) ?? onlyWord(insertions(t), lex, knows))
    : undefined;
  if (memo.size > 10_000) memo.clear();
  memo.set(key, out ?? null);
  return out;
}

/**
 * The one dictionary word among candidates, or the one of them the vocabulary (its word lists or
 * its patterns: "directr" is "director", not "directer") or the knowledge uses.
 */
function onlyWord(
  candidates: Iterable<string>,
  lex: Lexicon,
  knows: (w: string) => boolean,
): string | undefined {
  const words = [...new Set(candidates)].filter((w) => isDictionaryWord(w));
  if (words.length === 1) return words[0];
  const used = words.filter(
    (w) => lex.cueWords.has(w) || lex.stopWords.has(w) || lex.patternWords.has(w) || knows(w),
  );
  return used.length === 1 ? used[0] : undefined;
}

/** The word with one letter added after its first letter, anywhere. */
function* insertions(t: string): Generator<string> {
  for (let i = 1; i <= t.length; i++)
    for (const c of LETTERS) yield `${t.slice(0, i)}${c}${t.slice(i)}`;
}

/** A name of the knowledge one slip away ("unmass", "orosli"): the index mends it, not a word list. */
function nearName(t: string, knows: (w: string) => boolean): boolean {
  const name = (w: string) => knows(w) && !isDictionaryWord(w);
  for (let i = 0; i < t.length; i++) if (name(`${t.slice(0, i)}${t.slice(i + 1)}`)) return true;
  return neighbourSwaps(t).some(name);
}

/**
 * A question word typed with one letter dropped, added or swapped ("whch", "wheer", "combein"):
 * the word it was, when the typed word is no word or name of its own.
 */
function questionWordTypo(
  t: string,
  lex: Lexicon,
  knows: (w: string) => boolean,
): string | undefined {
  if (t.length < 4 || lex.stopWords.has(t) || knows(t) || isDictionaryWord(t)) return undefined;
  for (const q of classOf(lex, "question_words")) {
    if (q.length >= 4 && q[0] === t[0] && editDistance(t, q, 1) <= 1) return q;
  }
  return undefined;
}

/** Chat drops the final g ("doin", "lookin", "workin"): the word it stands for, if it is one. */
function droppedG(t: string, knows: (w: string) => boolean): string | undefined {
  if (t.length < 4 || !t.endsWith("in") || knows(t) || isDictionaryWord(t)) return undefined;
  const full = `${t}g`;
  return isListedWord(full) || knows(full) ? full : undefined;
}

// Filler phrases of two words or more by their first word, longest first as in the lexicon:
// each token is tried against the few phrases it can start, not all of them.
const PHRASES_BY_FIRST = new WeakMap<Lexicon, Map<string, (readonly string[])[]>>();

function phrasesStarting(lex: Lexicon, word: string): readonly (readonly string[])[] | undefined {
  let byFirst = PHRASES_BY_FIRST.get(lex);
  if (!byFirst) {
    byFirst = new Map();
    for (const p of lex.fillerPhrases) {
      if (p.length < 2) continue;
      const first = p[0] as string;
      const list = byFirst.get(first);
      if (list) list.push(p);
      else byFirst.set(first, [p]);
    }
    PHRASES_BY_FIRST.set(lex, byFirst);
  }
  return byFirst.get(word);
}

/** The filler phrase (two words or more) starting at token `i`, if one does. */
function fillerPhraseAt(
  tokens: readonly string[],
  i: number,
  lex: Lexicon,
): readonly string[] | undefined {
  return phrasesStarting(lex, tokens[i] as string)?.find(
    (p) =>
      p.length <= tokens.length - i &&
      p.every((w, k) => tokens[i + k] === w) &&
      !inClass(lex, "filler_breakers", tokens[i + p.length] ?? ""),
  );
}

/** Sets filler phrases and words aside, except words that are part of a record's name. */
export function dropFiller(
  tokens: readonly string[],
  lex: Lexicon,
  isName: (w: string) => boolean,
): { kept: string[]; filler: string[] } {
  const kept: string[] = [];
  const filler: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phrase = fillerPhraseAt(tokens, i, lex);
    if (phrase) {
      filler.push(phrase.join(" "));
      i += phrase.length;
      continue;
    }
    const t = tokens[i] as string;
    if (lex.filler.has(t) && !lex.names.has(t) && !isName(t)) filler.push(t);
    else if (fillerTypo(t, lex) && !isName(t)) filler.push(t);
    else kept.push(t);
    i++;
  }
  return { kept, filler };
}

/** Where filler phrases stand in the tokens joined by spaces, as [start, end) character ranges. */
export function fillerPhraseSpans(tokens: readonly string[], lex: Lexicon): [number, number][] {
  const spans: [number, number][] = [];
  let at = 0;
  let i = 0;
  while (i < tokens.length) {
    const phrase = fillerPhraseAt(tokens, i, lex);
    const n = phrase?.length ?? 1;
    const width = tokens.slice(i, i + n).join(" ").length;
    if (phrase) spans.push([at, at + width]);
    at += width + 1;
    i += n;
  }
  return spans;
}

/** "actualy", "basicly": a long word one letter off a filler word, and no word itself, is filler. */
function fillerTypo(t: string, lex: Lexicon): boolean {
  if (t.length < 6) return false;
  return typoMemo(
    lex,
    t,
    () =>
      !isDictionaryWord(t) &&
      [...lex.filler].some(
        (f) => f.length >= 6 && Math.abs(f.length - t.length) <= 1 && editDistance(t, f, 1) <= 1,
      ),
  );
}

/** Words already judged, per vocabulary. */
const typoMemo = lexiconMemo<boolean>(5000);
