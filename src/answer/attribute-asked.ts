// "Outline the methodology employed in the MARA assessment", "provide the Security Council
// resolution that established UNMAS", "quel est le mandat précis de l'Équipe d'experts": a request
// for a part of a record (its methodology, its resolution, its mandate) that the knowledge never
// mentions in any word or field is refused, saying what is missing, instead of answered with the
// record's card. Words that ask about the whole thing ("the gist of") are no such part.

import { asked } from "./asks.js";
import { nameFor } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import { isDictionaryWord } from "./dictionary.js";
import { facetOfHeld } from "./facet-of.js";
import { inClass, message } from "./lexicon/lexicon.js";

const REQUEST =
  /\b(?:outline|provide|give(?: me| us)?|share|send|describe|explain|indicate|specify|state|tell (?:me|us)|what is|what are|what s|whats|summari[sz]e|detail|clarify|quel est|quelle est|quels sont|quelles sont|donne[rz]?(?: moi)?|indique[rz]?|precise[rz]?) (?:the|its|their|le|la|les|l|son|sa|ses|leur)\b/;
const PART_OF = /^(?:of|for|employed|used|behind|that|which|under|de|du|des|pour|utilise\w*)$/;

export function unheldAttribute(
  core: Core,
  ctx: Ctx,
  unknown: readonly string[],
): string | undefined {
  const rec = ctx.named[0]?.rec;
  if (!rec || ctx.pq.yesNo || unknown.length === 0) return undefined;
  const words = ctx.pq.words;
  const joined = words.join(" ");
  const m = REQUEST.exec(joined);
  if (!m) return undefined;
  // The word after the request ("… the"), by its index among the question's words.
  let i = joined.slice(0, m.index + m[0].length).split(" ").length;
  // (Past adjectives and the names qualifying it: "the Security Council resolution".)
  for (let k = 0; k < 4 && i < words.length; k++) {
    const w = words[i] as string;
    if (!inClass(core.lex, "request_adjectives", w) && !core.isName(w)) break;
    i++;
  }
  // A part named by two nouns ("the staffing size of JCS"): both are read, the first may be a
  // verb form ("staffing").
  const compound =
    words[i + 1] !== undefined &&
    !PART_OF.test(words[i + 1] as string) &&
    words[i + 2] !== undefined &&
    PART_OF.test(words[i + 2] as string);
  const nouns = compound ? [words[i] ?? "", words[i + 1] ?? ""] : [words[i] ?? ""];
  const head = nouns[nouns.length - 1] as string;
  const next = words[i + nouns.length];
  // (A noun, not a verb form: "what is the MARA used for".)
  if (head.length < 4 || /(?:ed|ing)$/.test(head)) return undefined;
  if (next !== undefined && !PART_OF.test(next)) return undefined;
  const lex = core.lex;
  const heldWord = (noun: string) =>
    inClass(lex, "about_nouns", noun) ||
    inClass(lex, "held_sorts", noun) ||
    inClass(lex, "address_words", noun) ||
    lex.kindWords.has(noun) ||
    lex.cueWords.has(noun) ||
    // (A noun that asks a kind of value, "the timeline of…", is that value's question.)
    asked(lex, [noun]).size > 0 ||
    core.fields.has(noun) ||
    core.fields.has(noun.replace(/s$/, ""));
  const unheld = (noun: string) =>
    unknown.some((u) => u.toLowerCase() === noun) && isDictionaryWord(noun);
  if (!nouns.some(unheld) || nouns.some(heldWord)) return undefined;
  if (facetOfHeld(core, words, i + nouns.length - 1, core.facts.factsOf(rec))) return undefined;
  return message(lex, "no_such", ctx.pq.lang, {
    what: nouns.join(" "),
    name: nameFor(rec, ctx.pq.lang),
  });
}
