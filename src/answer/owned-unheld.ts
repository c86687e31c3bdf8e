// "What is DPO's zero tolerance policy?", "la politique de tolérance zéro du DOMP", "is there a
// MARA training module?": a document, tool or plan of a named record, qualified by words the
// knowledge never uses, is a thing it does not hold. The record's card would answer another
// question, so the question is refused, saying what is missing.
import { nameFor } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import { isDictionaryWord } from "./dictionary.js";
import {
  alternation,
  classOf,
  inClass,
  type Lexicon,
  lexiconPattern,
  message,
} from "./lexicon/lexicon.js";
import type { SearchResult } from "./search.js";

/** "is there", "y a-t-il" as whole words (built once per vocabulary). */
const existencePattern = (lex: Lexicon) =>
  lexiconPattern(
    lex,
    "existence-phrases",
    () => new RegExp(`\\b(?:${alternation(lex, "existence_phrases")})\\b`),
  );

export function unheldOwnedThing(core: Core, ctx: Ctx, res: SearchResult): string | undefined {
  const owner = ctx.named[0]?.rec;
  // (A yes/no question about it is a claim, except one asking whether such a thing exists.)
  const exists = existencePattern(ctx.lex).test(ctx.pq.folded);
  if (!owner || (ctx.pq.yesNo && !exists) || res.unknown.length === 0) return undefined;
  // Ordinary words only: a word typed with a slip is no qualifier the knowledge lacks.
  const unknown = new Set(
    res.unknown
      .filter((u) => !res.names.includes(u) && isDictionaryWord(u.toLowerCase()))
      .map((u) => u.toLowerCase()),
  );
  if (unknown.size === 0) return undefined;
  const w = ctx.pq.words;
  const { lex } = ctx;
  const { lang } = ctx.pq;
  const documents = classOf(lex, "document_nouns", lang);
  for (let i = 0; i < w.length; i++) {
    const noun = w[i] as string;
    if (!documents.has(noun)) continue;
    // (Not where the asker will put the answer: "the onboarding doc", "the quarterly dashboard" —
    // unless the question asks whether one exists: "is there a MARA dashboard?".)
    const medium = inClass(lex, "medium_nouns", noun);
    if (medium && !exists) continue;
    // Unknown words right before the noun ("zero tolerance policy") or, in French, after it and
    // a linking word ("politique de tolérance zéro").
    let a = i;
    while (a > 0 && unknown.has(w[a - 1] as string)) a--;
    let b = i;
    if (classOf(lex, "noun_links", lang).has(w[i + 1] ?? "") && unknown.has(w[i + 2] ?? "")) {
      b = i + 2;
      while (b + 1 < w.length && unknown.has(w[b + 1] as string)) b++;
    }
    // (Or the noun itself is one the knowledge never uses: "is there a MARA dashboard?".)
    // (The phrase's head noun: "training" of "training module" qualifies the module.)
    if (a === i && b === i && (!unknown.has(noun) || documents.has(w[i + 1] ?? ""))) continue;
    // Only the thing the question asks for: a question word (or "is there") before it, past the
    // owner's name and stop words ("what is DPO's zero tolerance policy", "quelle est la
    // politique…"). A phrase elsewhere only describes.
    let k = a - 1;
    const skip = (x: string) =>
      lex.stopWords.has(x) || inClass(lex, "copulas", x) || core.isName(x);
    while (k >= 0 && skip(w[k] as string)) k--;
    const asked = k < 0 ? exists : !medium && inClass(lex, "question_words", w[k] as string);
    if (!asked) continue;
    // A noun the record's own facts use ("the national policies the IACG-MA develops") is one it
    // holds, however the question qualifies it.
    const token = ctx.index.analyze(noun)[0] ?? noun;
    if (core.facts.factsOf(owner).some((f) => f.tokens.has(token))) continue;
    const what = w.slice(a, b + 1).join(" ");
    return message(lex, "no_such", lang, { what, name: nameFor(owner, lang) });
  }
  return undefined;
}
