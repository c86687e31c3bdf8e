// A question word the knowledge does not hold: the word it was meant to be (a typo, an acronym
// one letter short, a doubled letter) or, for French, the knowledge's English word for it.
import { acronymTypo } from "./acronym-typo.js";
import type { CandidateIndex, QueryToken } from "./candidate-index.js";
import { isDictionaryWord } from "./dictionary.js";
import type { ParsedQuestion } from "./intent.js";
import { inClass, type Lexicon } from "./lexicon/lexicon.js";

// \p{…} patterns sit at module level: esbuild compiles such a literal to `new RegExp` per use.
/** A letter written twice or more in a row. */
const REPEATED_LETTER = /(\p{L})\1+/gu;

/** Below this weight a correction is two edits away. */
const TWO_EDITS_OR_LESS = 0.8;

/** The vocabulary word a typed word stands for, or null. */
export function correctWord(
  index: CandidateIndex,
  pq: ParsedQuestion,
  token: string,
  word: string,
  /** The word's index in the question. */
  at: number,
): QueryToken | null {
  const fixed = index.correct(token);
  // (A word of the language is no typo two letters off another: "connection" is not "corrections".)
  // (Another form of the same word is: "supported" for "support". In French, a cognate two letters
  // off is the knowledge's English word: "analyse", "communication".)
  const otherWord =
    pq.lang === "en" &&
    fixed !== null &&
    fixed.weight < TWO_EDITS_OR_LESS &&
    sharedStart(word, fixed.token) < 4 &&
    isDictionaryWord(word);
  if (fixed && !otherWord) return fixed;
  // An acronym typed in capitals one letter short of a known one ("MRA") is that one; typed in
  // lowercase, when it is no word of the language ("hchr"; three letters only with no vowel: "gpf").
  const acronymLike =
    pq.capitals.has(word) ||
    ((word.length >= 4 || !/[aeiouy]/.test(word)) && !isDictionaryWord(word));
  const short = acronymLike ? acronymTypo(index, token) : undefined;
  if (short) return { token: short, weight: 0.8, word };
  // ("the pse task force": a short lowercase word is that slip when the name it is one letter off
  // goes on with the next word, "PSEA Task Force".)
  const mate = word.length === 3 ? acronymTypo(index, token) : undefined;
  if (mate && continuesName(index, pq.words[at + 1], mate))
    return { token: mate, weight: 0.8, word };
  // A doubled letter typed by mistake ("unmass").
  const single = word.replace(REPEATED_LETTER, "$1");
  const undoubled = single !== word ? index.analyze(single)[0] : undefined;
  return undoubled && index.knows(undoubled) ? { token: undoubled, weight: 0.8, word } : null;
}

/** The question's next word is in a name that also holds `token`. */
function continuesName(index: CandidateIndex, next: string | undefined, token: string): boolean {
  const after = next ? index.analyze(next)[0] : undefined;
  if (!after || after === token) return false;
  return index
    .docsWithKeyToken(token)
    .some((d) =>
      index.docs[d]?.keys.some((k) => k.tokens.includes(token) && k.tokens.includes(after)),
    );
}

/** The glossary's words for the question word at `i` (or for it and the next one), if any. */
export function glossed(
  pq: ParsedQuestion,
  i: number,
  lex: Lexicon,
): { words: readonly string[]; pair: boolean; last?: number } | undefined {
  const forLang = lex.glossary.get(pq.lang);
  if (!forLang) return undefined;
  // "tient-il compte", "prend-il en compte": an inverted subject pronoun inside a phrase of two or
  // three words is skipped.
  const second = inClass(lex, "subject_pronouns", pq.words[i + 1] ?? "") ? i + 2 : i + 1;
  const head = `${pq.words[i]} ${pq.words[second] ?? ""}`;
  const triple = forLang.get(`${head} ${pq.words[second + 1] ?? ""}`);
  if (triple) return { words: triple, pair: true, last: second + 1 };
  const pair = forLang.get(head);
  if (pair) return { words: pair, pair: true, last: second };
  const one = forLang.get(pq.words[i] as string);
  return one ? { words: one, pair: false } : undefined;
}

function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
