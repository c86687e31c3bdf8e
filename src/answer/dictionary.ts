// Ordinary words of English and French, from well-kept word-list packages: an unexplained word
// that is in one of them is ordinary evidence; one that is not (and is no typo of a known word)
// reads as a name ("WFP", "Nairobi"). Loaded on first use, once per process.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
let words: Set<string> | undefined;

function load(): Set<string> {
  const en = require("an-array-of-english-words") as string[];
  const fr = require("an-array-of-french-words") as string[];
  const out = new Set<string>();
  for (const w of en) out.add(w);
  // French words are folded like questions are ("évaluation" → "evaluation").
  for (const w of fr)
    out.add(
      w
        .normalize("NFKD")
        .replace(/\p{M}+/gu, "")
        .toLowerCase(),
    );
  return out;
}

/** Is this folded word an ordinary English or French word (any inflection the lists hold)? */
export function isDictionaryWord(word: string): boolean {
  words ??= load();
  return words.has(word);
}
