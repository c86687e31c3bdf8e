// Pieces of a message that belong together: a tag alone ("Right?") goes back to its statement,
// guesses offered after a question ("Is it donors, NGOs...?") are part of it, and a claim
// reported inside a statement ("… and it says UNICEF chairs it, correct?") is what is checked.
import type { Lexicon } from "./lexicon/lexicon.js";
import { looksLikeQuestion, plainWords } from "./question-shape.js";

// "…and it says", "The author writes that", "someone on my team keeps insisting that".
const REPORTED =
  /^(.{8,}?)\s+(?:(?:and|but|where|which)\s+)?(?:it|they|he|she|someone|somebody|people|(?:the|a|my|our|their|this) (?:[\w'-]+ ){0,3}?[\w'-]+)\s+(?:(?:keeps?|kept) )?(?:says|said|states|stated|claims|claimed|writes|wrote|reports|reported|mentions|mentioned|suggests|suggested|argues|insists|insisted|insisting|saying|claiming|asserts)\s+(?:that\s+)?(?!about\b|on\b|regarding\b|what\b|who\b|which\b|where\b|when\b|how\b)(.+)$/i;

/** "Is it donors, member states, NGOs...?": a list of guesses (two or more, or trailing off). */
const GUESSES =
  /^(?:is it|are they|was it|were they|or is it|could it be|c est|est ce)\s+[^?]*(?:,[^?]*(?:,|\bor\b|\.\.\.|…)|\.\.\.|…)[^?]*\?*$/i;

/** Only a tag ("Right?", "correct?", "is that right?"): it belongs to the statement before it. */
function onlyTag(s: string, lex: Lexicon): boolean {
  const f = plainWords(s);
  if (!f || f.split(" ").length > 6) return false;
  return lex.yesNoTags.some((re) => {
    const m = re.exec(f);
    return m !== null && m.index === 0;
  });
}

/** Regroups the pieces in place; the words before a reported claim go to `lead` (context). */
export function regroupPieces(pieces: string[], lead: string[], lex: Lexicon): void {
  // "… isn't used by the Council. Right?": a tag alone goes back to its statement.
  for (let i = pieces.length - 1; i > 0; i--) {
    if (onlyTag(pieces[i] as string, lex)) {
      pieces[i - 1] = `${(pieces[i - 1] as string).replace(/[.\s]+$/, "")}, ${pieces[i]}`;
      pieces.splice(i, 1);
    }
  }
  // "Who does the IACG-MA set priorities among? Is it donors, member states, NGOs...?": guesses
  // offered for the question before are part of it, not a question of their own.
  for (let i = pieces.length - 1; i > 0; i--) {
    if (
      GUESSES.test((pieces[i] as string).trim()) &&
      looksLikeQuestion(pieces[i - 1] as string, lex)
    )
      pieces.splice(i, 1);
  }
  // "… the annex of a partner's draft and it says UNICEF chairs the IACG-MA, correct?": what is
  // checked is the claim reported; the words before it say where it was read.
  for (let i = 0; i < pieces.length; i++) {
    const m = REPORTED.exec(pieces[i] as string);
    if (m?.[1] && m[2] && m[2].split(/\s+/).length >= 3 && /\?\s*$/.test(m[2])) {
      lead.push(m[1]);
      pieces[i] = m[2];
    }
  }
}
