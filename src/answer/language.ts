// Which language a question is in: enough of the French vocabulary's language markers, or a few
// of them with words only the French word list holds.
import { isEnglishOnlyWord, isFrenchOnlyWord } from "./dictionary.js";
import { classOf, type Lexicon } from "./lexicon/lexicon.js";

export function languageOf(tokens: readonly string[], lex: Lexicon): string {
  if (!lex.languages.includes("fr")) return "en";
  const fr = classOf(lex, "language_markers", "fr");
  let french = 0;
  for (const t of tokens) if (fr.has(t)) french++;
  if (french >= Math.max(1, tokens.length * 0.25)) return "fr";
  if (french === 0) return "en";
  // Few markers, but words only French has and none only English has ("vrai ou faux : l'UNMAS
  // préside l'IACG-MA"). (The word lists are read only for such questions.)
  let frenchOnly = 0;
  for (const t of tokens) {
    if (fr.has(t) || t.length < 3) continue;
    if (isFrenchOnlyWord(t)) frenchOnly++;
    else if (isEnglishOnlyWord(t)) return "en";
  }
  return frenchOnly >= 1 && french + frenchOnly >= 2 ? "fr" : "en";
}
