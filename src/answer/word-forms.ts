// The words of a question as typed: tokens, contractions, chat spellings, a dropped final g,
// misspelt cue words and filler — the forms intent.ts reads before it weighs the cues.
import { isDictionaryWord, isListedWord } from "./dictionary.js";
import type { Lexicon } from "./lexicon/lexicon.js";
import { editDistance, typoBudget } from "./tokens.js";

export function questionTokens(folded: string): string[] {
  return folded.split(/[^a-z0-9]+/).filter((t) => t.length > 1 || t === "i" || /\d/.test(t));
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

/** A misspelt cue word ("leeds", "leadin", "coordinaets") read as the cue it was. */
export function fixCueTypo(word: string, lex: Lexicon, knows: (w: string) => boolean): string {
  if (word.length < 5 || lex.cueWords.has(word) || lex.stopWords.has(word) || knows(word))
    return word;
  const key = `${lex.languages.join()}:${word}`;
  const cached = typoCache.get(key);
  if (cached !== undefined) return cached;
  const budget = Math.min(typoBudget(word.length), 2);
  let best = word;
  let bestDist = budget + 1;
  const ordinary = isDictionaryWord(word);
  for (const w of lex.cueWords) {
    if (Math.abs(w.length - word.length) > budget || w[0] !== word[0]) continue;
    // "head" → "heads" is another word, not a typo; "leadin" → "leading" is a typo. A word of
    // either language ("partager") is two letters from a cue ("partner") by chance, not a typo.
    if ((w.startsWith(word) || word.startsWith(w)) && ordinary) continue;
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
    else out.push(droppedG(t, knows) ?? t);
  }
  return out;
}

/** Chat drops the final g ("doin", "lookin", "workin"): the word it stands for, if it is one. */
function droppedG(t: string, knows: (w: string) => boolean): string | undefined {
  if (t.length < 4 || !t.endsWith("in") || knows(t) || isDictionaryWord(t)) return undefined;
  const full = `${t}g`;
  return isListedWord(full) || knows(full) ? full : undefined;
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
  outer: while (i < tokens.length) {
    for (const p of lex.fillerPhrases) {
      if (p.length < 2 || p.length > tokens.length - i) continue;
      let ok = true;
      for (let k = 0; k < p.length && ok; k++) ok = tokens[i + k] === p[k];
      if (ok) {
        filler.push(p.join(" "));
        i += p.length;
        continue outer;
      }
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
  const starts: number[] = [];
  let at = 0;
  for (const t of tokens) {
    starts.push(at);
    at += t.length + 1;
  }
  let i = 0;
  outer: while (i < tokens.length) {
    for (const p of lex.fillerPhrases) {
      if (p.length < 2 || p.length > tokens.length - i) continue;
      if (p.every((w, k) => tokens[i + k] === w)) {
        const end =
          (starts[i + p.length - 1] as number) + (tokens[i + p.length - 1] as string).length;
        spans.push([starts[i] as number, end]);
        i += p.length;
        continue outer;
      }
    }
    i++;
  }
  return spans;
}

/** "actualy", "basicly": a long word one letter off a filler word, and no word itself, is filler. */
function fillerTypo(t: string, lex: Lexicon): boolean {
  if (t.length < 6) return false;
  let seen = typosOf.get(lex);
  if (!seen) {
    seen = new Map();
    typosOf.set(lex, seen);
  }
  let out = seen.get(t);
  if (out === undefined) {
    out = false;
    if (!isDictionaryWord(t))
      for (const f of lex.filler)
        if (f.length >= 6 && Math.abs(f.length - t.length) <= 1 && editDistance(t, f, 1) <= 1) {
          out = true;
          break;
        }
    // (Bounded: a flood of new words costs a recomputation, never memory.)
    if (seen.size > 5000) seen.clear();
    seen.set(t, out);
  }
  return out;
}

/** Words already judged, per vocabulary. */
const typosOf = new WeakMap<Lexicon, Map<string, boolean>>();
