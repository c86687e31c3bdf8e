// The words around a message's question that say who asks, whom they address and why: "Heads-up
// from the PSEA working group —", "Hi Sarah,", "Channel leads —", "For a note to the USG, …",
// "…, as we are revising our materials". They are context, never part of what is asked.

import { alternation, inClass, type Lexicon, lexiconPattern } from "./lexicon/lexicon.js";
import type { WordClass } from "./lexicon/schema.js";
import { foldText, withoutAccents } from "./normalize.js";
import { looksLikeQuestion, plainWords, startsQuestion } from "./question-shape.js";

// "Heads-up from the PSEA working group — …", "Re: the annex — …": a note on who asks or why.
export const ATTRIBUTION =
  /^(?:heads[ -]?up|fyi|hi|hello|hey|ping|reminder|note|update|context|background|re|for|from|on behalf of|quick|question|q|urgent|thread|poll|hola|bonjour|salut|rappel)\b/i;
// "For a note to the USG, please confirm…": what the answer is for, not what is asked.
export const LEADING_WHY =
  /^(?:for|ahead of|in preparation for|to prepare|as input (?:to|for))\s+(?:a|an|the|our|my|this|next|tomorrow s)\s+[^,?:]{2,60},\s*/i;

// (", for an upcoming donor briefing.": what the answer is for, said after the request.)
export const TRAILING_WHY =
  /,\s*(?:(?:as|because|since|given that|now that|so that)\s+(?:we|i|our|my|the team|they)\b[^?]*\??|(?:bearing|keeping|having) in mind\b[^?]*\??|for (?:an? |the |our |my |this |next |upcoming )[^,?]{3,60}[.?]?)\s*$/i;

/** A greeting and a capitalised name or two, then a comma or "!": "Hi Sarah, ", "Bonjour Thibault ! ". */
const HAILED_NAME = /^[*_~`]*([\p{L}]+)[*_~`]*\s+((?:\p{Lu}[\p{Ll}'’-]+\s*){1,2})[,!:]\s*/u;

/** Where the question starts after a greeting to someone by name, if the sentence opens with one. */
export function hail(s: string, lex: Lexicon): number | undefined {
  const m = HAILED_NAME.exec(s);
  if (!m || !lex.hello.has(foldText(m[1] as string))) return undefined;
  const rest = s.slice(m[0].length);
  return startsQuestion(rest, lex) || looksLikeQuestion(rest, lex) ? m[0].length : undefined;
}

/** A few words naming only whom the message is for ("Channel leads", "Hi all", "Équipe"). */
export function addressed(text: string, lex: Lexicon): boolean {
  const words = plainWords(text).split(" ").filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 4 &&
    words.every((w) => inClass(lex, "addressee_words", w) || lex.hello.has(w))
  );
}

/**
 * Where a purpose typed without a comma starts: "…the functions of the IACG-MA for an upcoming
 * briefing?", "…pour une réunion demain ?". Only an occasion (occasion_nouns) after "for a/the/our…"
 * ends the request this way, so "a tool for the protection of civilians" keeps its words.
 */
export function trailingOccasion(asked: string, lex: Lexicon): number | undefined {
  const re = lexiconPattern(
    lex,
    "trailing-occasion",
    () =>
      new RegExp(
        `\\s+(?:for|pour)\\s+(?:(?:${spaced(lex, "purpose_determiners")})\\s+){1,3}(?:[\\p{L}'’-]+\\s+){0,2}?(?:${spaced(lex, "occasion_nouns")})s?(?:\\s+(?:${spaced(lex, "time_words")}))?[\\s.?!]*$`,
        "iu",
      ),
  );
  // (Matched without accents, as the word classes hold them: "réunion" is "reunion". Precomposed
  // letters keep their places; text typed decomposed is matched as typed.)
  const plain = withoutAccents(asked, "NFD");
  return re.exec(plain.length === asked.length ? plain : asked)?.index;
}

/** A word class as an alternation whose words may be typed with an apostrophe ("tomorrow's"). */
const spaced = (lex: Lexicon, cls: WordClass) => alternation(lex, cls).replace(/ /g, "[\\s'’-]+");
