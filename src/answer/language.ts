// Which language a question is in (French markers), and the English function words that are
// never part of a name typed in lowercase.
import type { Lexicon } from "./lexicon/lexicon.js";

export function languageOf(
  tokens: readonly string[],
  lex: Lexicon,
  fr: ReadonlySet<string>,
): string {
  if (!lex.languages.includes("fr")) return "en";
  let french = 0;
  for (const t of tokens) if (fr.has(t)) french++;
  return french >= Math.max(1, tokens.length * 0.25) ? "fr" : "en";
}

/** English function words: never read as part of a name when typed in lowercase. */
export const ENGLISH_STOPS = new Set(
  "a an the of in on at to for by and or is are was be it its as with from that this who what which how when where".split(
    " ",
  ),
);

export const FRENCH_MARKERS = new Set(
  "le la les de une des du au aux et est sont qui que quoi quel quelle ne pas sa ses leur leurs cest quels quelles dans sur pour par avec ce cette ces il elle nous vous je tu qu dirige quand pourquoi comment combien lien liens bonjour merci salut bonsoir coucou".split(
    " ",
  ),
);
