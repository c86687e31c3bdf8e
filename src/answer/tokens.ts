// Word-level helpers shared by the index and the question side, so both cut and stem identically.

/** Folded text → word tokens. Single letters ("l'", "'s") carry nothing and are dropped. */
export function rawTokens(folded: string): string[] {
  const out: string[] = [];
  for (const t of folded.split(/[^a-z0-9]+/)) {
    if (t.length > 1 || /\d/.test(t)) out.push(t);
  }
  return out;
}

/**
 * A light stemmer for English and French plurals and -ing forms. It only has to be consistent
 * (index and question go through it), not linguistically right: "arrangements" → "arrangement",
 * "activities" → "activity", "reporting" → "report".
 */
export function stem(token: string): string {
  if (token.length <= 3 || /\d/.test(token)) return token;
  let t = token;
  if (t.endsWith("ies") && t.length > 4) t = `${t.slice(0, -3)}y`;
  else if (t.endsWith("sses")) t = t.slice(0, -2);
  else if (t.endsWith("s") && !/(?:ss|us|is|os)$/.test(t)) t = t.slice(0, -1);
  else if (t.endsWith("aux") && t.length > 5) t = `${t.slice(0, -3)}al`;
  if (t.endsWith("ing") && t.length >= 7) t = t.slice(0, -3);
  return t;
}

/** Letters and digits only: "IACG-MA" and "iacg ma" both give "iacgma". */
export function compact(folded: string): string {
  return folded.replace(/[^a-z0-9]+/g, "");
}

/** Padded character trigrams of a token, for typo-tolerant lookup. */
export function trigrams(token: string): string[] {
  const s = `^${token}$`;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return [...out];
}

// Edit distance is shared with the knowledge checker's "did you mean": one implementation.
export { editDistance } from "../knowledge/suggest.js";

/** How many typos a word of this length may carry and still be recognised. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  if (length < 7) return 1;
  return 2;
}

/**
 * The word with each pair of neighbouring letters swapped, from letter `from` on ("tema" →
 * "etma", "tmea", "team"); pairs of the same letter give nothing.
 */
export function neighbourSwaps(word: string, from = 0): string[] {
  const out: string[] = [];
  for (let i = from; i + 1 < word.length; i++)
    if (word[i] !== word[i + 1])
      out.push(`${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`);
  return out;
}
