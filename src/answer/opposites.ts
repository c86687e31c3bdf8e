// "The Team of Experts' coordination with the GFP has weakened lately, true?": a claim whose word
// the vocabulary pairs with its opposite ("weakened" / "strengthened") is false when a fact of a
// record it names says the opposite; that fact is the correction.
import type { KnowledgeRecord } from "../knowledge/model.js";
import type { Core } from "./core.js";
import { plainWords } from "./question-shape.js";

const plain = (text: string) => ` ${plainWords(text)} `;

/** The fact of one of the records that contradicts the claim's words, if any (best overlap first). */
export function opposedFact(
  core: Core,
  records: readonly KnowledgeRecord[],
  words: readonly string[],
): string | undefined {
  const claim = ` ${words.join(" ")} `;
  const said = [...core.lex.opposites].filter(([phrase]) => claim.includes(` ${phrase} `));
  if (said.length === 0) return undefined;
  const own = new Set(words.filter((w) => w.length > 3));
  let best: { text: string; overlap: number } | undefined;
  for (const rec of records)
    for (const f of core.facts.factsOf(rec)) {
      const text = plain(f.text);
      const contradicts = said.some(
        ([phrase, against]) =>
          !text.includes(` ${phrase} `) && against.some((a) => text.includes(` ${a} `)),
      );
      if (!contradicts) continue;
      // (The fact sharing most of the claim's other words is the one it is about.)
      const overlap = text.split(" ").filter((w) => own.has(w)).length;
      if (!best || overlap > best.overlap) best = { text: f.text, overlap };
    }
  return best?.text;
}
