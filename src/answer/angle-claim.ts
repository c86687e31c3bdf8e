// "The scoping study looks at SEA from a financial perspective, yeah?", "… from a legal angle,
// correct?": a claim that gives a record another angle than the one its fact states ("from a
// gender perspective") is false; that fact is the correction. The angle nouns are vocabulary.
import type { KnowledgeRecord } from "../knowledge/model.js";
import type { Core } from "./core.js";
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
    if (before.length > 0) out.push(before);
  });
  return out;
}

/** The fact of a named record stating another angle than the claim's, if any. */
export function otherAngle(
  core: Core,
  records: readonly KnowledgeRecord[],
  words: readonly string[],
): string | undefined {
  const claimed = angles(core, words).flat();
  if (claimed.length === 0) return undefined;
  let first: string | undefined;
  for (const rec of records.slice(0, 3))
    for (const f of core.facts.factsOf(rec)) {
      const stated = angles(core, plainWords(f.text).split(" "));
      if (stated.length === 0) continue;
      // Any fact's angle sharing a word with the claim's: the claim says it, not another.
      if (stated.some((a) => a.some((w) => claimed.includes(w)))) return undefined;
      first ??= f.text;
    }
  return first;
}
