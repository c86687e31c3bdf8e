// "mine action n PoC link?", "mine action and PoC — what's the link?": with two records named and
// no word of a web address, "link" asks how the two are connected, not for a URL.

import type { ParsedQuestion } from "./intent.js";
import { inClass, type Lexicon } from "./lexicon/lexicon.js";
import type { Ask } from "./lexicon/schema.js";

export function linkMeansRelation(
  pq: ParsedQuestion,
  asks: ReadonlySet<Ask>,
  namedIds: readonly string[],
  lex: Lexicon,
): boolean {
  if (!asks.has("link") || new Set(namedIds).size < 2) return false;
  const words = pq.allWords;
  if (!words.some((w) => inClass(lex, "connection_nouns", w))) return false;
  // "the link to the PSEA site", "the links on SEA": a web address.
  return !words.some((w, i) => {
    if (inClass(lex, "address_words", w)) return true;
    return inClass(lex, "connection_nouns", w) && /^(?:to|for|pour|vers)$/.test(words[i + 1] ?? "");
  });
}
