// Typos the candidate index's trigram search misses: two neighbouring letters swapped in a short
// word ("tema" and "team" share no trigram but the first), and a typo of a word whose stem is much
// shorter than the word ("scopng" for "scoping", stem "scop"), mended on the typed form.
import { neighbourSwaps } from "./tokens.js";

/** A mended word: the index's token for it and how far to trust it (a QueryToken). */
export interface Mended {
  token: string;
  weight: number;
  word: string;
}

/** What these helpers need of the index: its analyser and how much a word is used. */
export interface TypoIndex {
  analyze(text: string): readonly string[];
  usage(token: string): number;
}

/** The known word this token is with two neighbouring letters swapped, the most used first. */
export function swappedWord(index: TypoIndex, token: string): Mended | null {
  let best: Mended | null = null;
  let bestUse = 0;
  for (const w of neighbourSwaps(token)) {
    const use = index.usage(w);
    if (use > bestUse) {
      bestUse = use;
      best = { token: w, weight: 0.85, word: token };
    }
  }
  return best;
}

/** Edits of the typed form (a vowel left out, two letters swapped), stemmed again. */
export function editedSurface(index: TypoIndex, token: string): Mended | null {
  const forms: string[] = [];
  for (let i = 1; i <= token.length; i++)
    for (const v of "aeiou") forms.push(`${token.slice(0, i)}${v}${token.slice(i)}`);
  forms.push(...neighbourSwaps(token, 1));
  let best: Mended | null = null;
  let bestUse = 0;
  for (const form of forms) {
    const stem = index.analyze(form)[0];
    if (!stem || stem === token) continue;
    const use = index.usage(stem);
    if (use > bestUse) {
      bestUse = use;
      best = { token: stem, weight: 0.8, word: token };
    }
  }
  return best;
}
