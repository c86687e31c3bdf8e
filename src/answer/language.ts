// Which language a question is in: enough of the French vocabulary's language markers.
import { classOf, type Lexicon } from "./lexicon/lexicon.js";

export function languageOf(tokens: readonly string[], lex: Lexicon): string {
  if (!lex.languages.includes("fr")) return "en";
  const fr = classOf(lex, "language_markers", "fr");
  let french = 0;
  for (const t of tokens) if (fr.has(t)) french++;
  return french >= Math.max(1, tokens.length * 0.25) ? "fr" : "en";
}
