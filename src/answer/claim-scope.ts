// What a claim is about and what it rests on: records it sets against ("not SEA"), whether it
// says what a record works on ("is about", "works on"), and a reason it gives ("because …")
// that no fact of its records holds.
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import type { ParsedQuestion } from "./intent.js";
import { inClass, type Lexicon } from "./lexicon/lexicon.js";
import type { WordClass } from "./lexicon/schema.js";

/**
 * "… is about CRSV, not SEA": a record named right after a contrast ("not", "rather than"),
 * articles and prepositions between passed over, and after another record, is set against the
 * claim. ("Doesn't the GFP…" negates the question: it sets nothing against.)
 */
export function setAgainstClaim(
  lex: Lexicon,
  pq: ParsedQuestion,
  ctx: Ctx,
  n: { at: number },
): boolean {
  const at = n.at;
  if (at <= 0 || !ctx.named.some((o) => o.at >= 0 && o.at < at)) return false;
  let end = at;
  while (
    end > 0 &&
    (inClass(lex, "function_words", pq.words[end - 1] as string) ||
      lex.stopWords.has(pq.words[end - 1] as string)) &&
    !inClass(lex, "contrasts", pq.words[end - 1] as string)
  )
    end--;
  return [1, 2, 3].some(
    (k) => end - k >= 0 && inClass(lex, "contrasts", pq.words.slice(end - k, end).join(" ")),
  );
}

/** The number of words of the longest phrase of the class starting at word `i` (0: none). */
export function classPhraseAt(
  lex: Lexicon,
  cls: WordClass,
  words: readonly string[],
  i: number,
  longest = 4,
): number {
  for (let n = Math.min(longest, words.length - i); n >= 1; n--)
    if (inClass(lex, cls, words.slice(i, i + n).join(" "))) return n;
  return 0;
}

/** Does a topic marker ("is about", "works on") stand between the first and the last record named? */
export function saysTopic(
  words: readonly string[],
  named: readonly { at: number }[],
  lex: Core["lex"],
): boolean {
  const at = named.map((n) => n.at).filter((a) => a >= 0);
  if (at.length < 2) return false;
  const between = words.slice(Math.min(...at) + 1, Math.max(...at));
  return between.some((_, i) => classPhraseAt(lex, "topic_markers", between, i) > 0);
}

/**
 * The record a claim gives a reason about ("… because the Council asked it to"), when the words
 * of that reason are in none of its facts.
 */
export function unrecordedReason(core: Core, ctx: Ctx, pq: ParsedQuestion) {
  const words = pq.words;
  const at = words.findIndex((_, i) => classPhraseAt(core.lex, "reason_markers", words, i) > 0);
  const rec = ctx.named[0]?.rec;
  // "at the Security Council's request": the reason's words stand between "at" and "request".
  const owned = /\b(?:at|on|upon) (?:the )?((?:[a-z0-9]+ ){1,5})request\b/.exec(words.join(" "));
  if ((at < 0 && !owned) || !rec) return undefined;
  // (The reason's words are those after the marker: "at the request of" is no part of it.)
  const said = (
    at >= 0
      ? words.slice(at + classPhraseAt(core.lex, "reason_markers", words, at))
      : (owned?.[1] ?? "").trim().split(" ")
  ).filter((w) => w.length > 3 && !core.lex.stopWords.has(w) && !core.lex.filler.has(w));
  if (said.length === 0) return undefined;
  // (A request must be one the facts speak of: the Security Council named in a fact is no
  // request from it.)
  if (owned && at < 0) said.push("request");
  const stems = said.map((w) => core.index.analyze(w)[0]).filter((s) => s !== undefined);
  const facts = ctx.named.slice(0, 3).flatMap((n) => core.facts.factsOf(n.rec));
  const given = facts.some((f) => stems.every((s) => f.tokens.has(s)));
  return given ? undefined : rec;
}
