// Which language a question is in: enough of the French vocabulary's language markers.
import { isEnglishOnlyWord, isFrenchOnlyWord } from "./dictionary.js";
import { classOf, type Lexicon } from "./lexicon/lexicon.js";

export function languageOf(tokens: readonly string[], lex: Lexicon): string {
  if (!lex.languages.includes("fr")) return "en";
  const fr = classOf(lex, "language_markers", "fr");
  let french = 0;
  let frenchOnly = 0;
  let englishOnly = 0;
  for (const t of tokens) {
    if (fr.has(t)) french++;
    else if (t.length < 3) continue;
    else if (isFrenchOnlyWord(t)) frenchOnly++;
    else if (isEnglishOnlyWord(t)) englishOnly++;
  }
  if (french >= Math.max(1, tokens.length * 0.25)) return "fr";
  // Few markers, but words only French has and none only English has ("vrai ou faux : l'UNMAS
  // préside l'IACG-MA").
  return french > 0 && frenchOnly >= 1 && englishOnly === 0 && french + frenchOnly >= 2
    ? "fr"
    : "en";
}
