// "Which parts of GFP work carry a gender lens? And how many are listed?": a count that names
// nothing itself, after an answer that spells out a list, counts that list.
import { asked, countLine } from "./asks.js";
import type { Core } from "./core.js";
import { enumerationIn } from "./enumeration.js";
import { parseQuestion } from "./intent.js";
import type { Answer } from "./types.js";

export function countOfPrevious(
  core: Core,
  question: string,
  answer: Answer,
  previous: Answer,
): Answer | undefined {
  if (answer.answered || answer.reason !== "no_count" || !previous.answered) return undefined;
  const pq = parseQuestion(question, core.knows, core.lex, core.isName, core.inNamePhrase);
  if (!asked(core.lex, pq.words).has("count") || pq.words.some((w) => core.isName(w)))
    return undefined;
  const items = [previous.headline, ...previous.facts.map((f) => f.value)]
    .map((t) => enumerationIn(t, true))
    .find((x) => x !== undefined);
  if (!items) return undefined;
  const headline = countLine(core.lex, pq.lang, items);
  return {
    ...answer,
    answered: true,
    reason: undefined,
    headline,
    facts: [],
    sources: previous.sources,
    primary: previous.primary,
  };
}
