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
  isName: (w: string) => boolean = () => false,
): boolean {
  if (!asks.has("link") || new Set(namedIds).size < 2) return false;
  const words = pq.allWords;
  if (!words.some((w) => inClass(lex, "connection_nouns", w))) return false;
  // "the link to the PSEA site", "the links on SEA": a web address. ("Its link to JCS", a link
  // to a body named right after it, is a connection.)
  return !words.some((w, i) => {
    if (inClass(lex, "address_words", w)) return true;
    if (!inClass(lex, "connection_nouns", w) || !/^(?:to|for|pour|vers)$/.test(words[i + 1] ?? ""))
      return false;
    const next = words.slice(i + 2).find((x) => !lex.stopWords.has(x));
    const whose = words[i - 1] ?? "";
    const owned = /^(?:its|their|his|her|son|sa|leur)$/.test(whose) || isName(whose);
    return !owned || next === undefined || !isName(next);
  });
}
