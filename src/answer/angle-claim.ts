// "The scoping study looks at SEA from a financial perspective, yeah?", "… from a legal angle,
// correct?": a claim that gives a record another angle than the one its fact states ("from a
// gender perspective") is false; that fact is the correction. The angle nouns are vocabulary.
import type { KnowledgeRecord } from "../knowledge/model.js";
import type { Core } from "./core.js";
import { isFrenchOnlyWord } from "./dictionary.js";
import { inClass } from "./lexicon/lexicon.js";
import { plainWords } from "./question-shape.js";

/** Up to three words before each angle noun that say which angle ("gender", "legal disciplinary"). */
function angles(core: Core, words: readonly string[]): string[][] {
  const out: string[][] = [];
  words.forEach((w, i) => {
    if (!inClass(core.lex, "angle_nouns", w)) return;
    const before: string[] = [];
    for (let k = i - 1; k >= 0 && k >= i - 4 && before.length < 3; k--) {
      const x = words[k] as string;
      if (core.lex.stopWords.has(x) || core.lex.filler.has(x)) {
        if (before.length > 0) break;
        continue;
      }
      before.push(core.index.analyze(x)[0] ?? x);
    }
    // French puts the angle after its noun: "une perspective de genre", "un angle juridique".
    const of = FRENCH_OF.has(words[i + 1] ?? "");
    const after = words[i + (of ? 2 : 1)];
    if (
      after &&
      !core.lex.stopWords.has(after) &&
      !core.lex.filler.has(after) &&
      (of || isFrenchOnlyWord(after))
    )
      before.push(core.index.analyze(after)[0] ?? after);
    if (before.length > 0) out.push(before);
  });
  return out;
}

const FRENCH_OF = new Set(["de", "du", "des", "d"]);

/**
 * The claim's angle words with the words of the records they name: "a WPS perspective" is the
 * "women, peace and security" one.
 */
function withNamedWords(core: Core, words: readonly string[]): string[] {
  const out = new Set(words);
  for (const w of words) {
    const docs = core.index.docsWithKeyToken(w);
    if (docs.length === 0 || docs.length > 3) continue;
    for (const d of docs) {
      // (Only a record the word names whole, as its acronym: "SEA" is not the SEA scoping study.)
      const keys = core.index.docs[d]?.keys ?? [];
      if (!keys.some((k) => k.tokens.length === 1 && k.tokens[0] === w)) continue;
      for (const k of keys) for (const t of k.tokens) out.add(t);
    }
  }
  return [...out];
}

/** The fact of a named record stating another angle than the claim's, if any. */
export function otherAngle(
  core: Core,
  records: readonly KnowledgeRecord[],
  words: readonly string[],
): string | undefined {
  const asked = angles(core, words);
  const claimed = withNamedWords(core, asked.flat());
  if (claimed.length === 0) return undefined;
  // The word right before each angle noun is the angle itself ("gender" in "gender in its
  // approach"), unless it names one of the records ("UNMAS's approach").
  const own = new Set(
    records.flatMap((r) => {
      const doc = core.index.docs[core.index.docById.get(r.id) ?? -1];
      return doc ? doc.keys.flatMap((k) => k.tokens) : [];
    }),
  );
  const nearest = asked.map((a) => a[0] as string).filter((w) => !own.has(w));
  let first: string | undefined;
  for (const rec of records.slice(0, 3))
    for (const f of core.facts.factsOf(rec)) {
      const stated = angles(core, plainWords(f.text).split(" "));
      if (stated.length === 0) continue;
      // Any fact's angle sharing a word with the claim's: the claim says it, not another. So does
      // a fact that gives the claimed angle in other words ("its … approach is gender-sensitive").
      if (stated.some((a) => a.some((w) => claimed.includes(w)))) return undefined;
      if (nearest.some((w) => f.tokens.has(w))) return undefined;
      first ??= f.text;
    }
  return first;
}
