// Ordinary words of English and French, from well-kept word-list packages: an unexplained word
// that is in one of them is ordinary evidence; one that is not (and is no typo of a known word)
// reads as a name ("WFP", "Nairobi"). Loaded on first use, once per process.
import { createRequire } from "node:module";
import { withoutAccents } from "./normalize.js";

const require = createRequire(import.meta.url);
let words: Set<string> | undefined;
let english: Set<string> | undefined;
let french: Set<string> | undefined;

function load(): Set<string> {
  const en = require("an-array-of-english-words") as string[];
  const fr = require("an-array-of-french-words") as string[];
  const out = new Set<string>();
  for (const w of en) out.add(w);
  english = new Set(en);
  // French words are folded like questions are ("évaluation" → "evaluation").
  french = new Set(fr.map((w) => withoutAccents(w).toLowerCase()));
  for (const w of french) out.add(w);
  return out;
}

// Word lists hold base forms and common inflections, not every derived word people write
// ("onboarding", "offboarded", "reassigning"): a word that is a listed word plus a regular suffix,
// or a common prefix plus a listed word of four letters or more, is ordinary too. "un" is no such
// prefix: UN names are written run together ("unwomen", "unmas").
const SUFFIXES: readonly [string, readonly string[]][] = [
  ["ing", ["", "e"]],
  ["ed", ["", "e"]],
  ["ers", ["", "e"]],
  ["er", ["", "e"]],
  ["s", [""]],
  ["es", [""]],
  ["ly", [""]],
];
const PREFIXES = [
  "on",
  "off",
  "re",
  "pre",
  "co",
  "non",
  "sub",
  "over",
  "under",
  "out",
  "up",
  "cross",
  "inter",
  "multi",
  "post",
  "de",
  "mis",
];

/** In the word lists as written: no derived forms ("linkeding" is no word because "linked" is). */
export function isListedWord(word: string): boolean {
  words ??= load();
  return words.has(word);
}
const listed = isListedWord;

/** In the English list as written ("lends", "funded"): a word someone meant, not a typo of a cue. */
export function isEnglishWord(word: string): boolean {
  words ??= load();
  return english?.has(word) ?? false;
}

/** In the French list and in no form of the English one ("vrai", "faux" is English too). */
export function isFrenchOnlyWord(word: string): boolean {
  words ??= load();
  return (french?.has(word) ?? false) && !english?.has(word) && !derived(word);
}

/** In the English list and not in the French one ("chairs", "lead"). */
export function isEnglishOnlyWord(word: string): boolean {
  words ??= load();
  return (english?.has(word) ?? false) && !french?.has(word);
}

function derived(word: string): boolean {
  for (const [suffix, endings] of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const base = word.slice(0, -suffix.length);
    // One suffix only: "linked" + "ing" is no word.
    if (/(?:ing|ed|er|s)$/.test(base)) continue;
    for (const e of endings) if (listed(base + e)) return true;
    // A doubled consonant before the suffix ("planned" → "plan").
    if (/([b-df-hj-np-tv-z])\1$/.test(base) && listed(base.slice(0, -1))) return true;
  }
  return false;
}

/** Is this folded word an ordinary English or French word (any inflection the lists hold)? */
export function isDictionaryWord(word: string): boolean {
  if (listed(word) || derived(word)) return true;
  for (const p of PREFIXES) {
    const rest = word.slice(p.length);
    if (word.startsWith(p) && rest.length >= 4 && (listed(rest) || derived(rest))) return true;
  }
  return false;
}
