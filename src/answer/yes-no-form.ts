// The yes/no forms of a question: a tag ("…, right?"), a claim opener ("true or false:", "I heard"),
// an auxiliary opener ("is", "does"), or a statement typed with a question mark.

import { inClass, type Lexicon } from "./lexicon/lexicon.js";

/**
 * Recognises the yes/no forms that carry content after or before them — a tag ("…, right?") or a
 * claim opener ("true or false:", "I heard", "confirm whether") — and strips them.
 */
export function claimForm(tokens: string[], lex: Lexicon): { tokens: string[]; yesNo: boolean } {
  let joined = beforeTrailingFiller(tokens, lex).join(" ");
  let yesNo = false;
  for (const re of lex.yesNoTags) {
    const m = re.exec(joined);
    // A lone trailing "no"/"yes" tags a statement only when something came before it.
    if (m && m.index > 0) {
      joined = joined.slice(0, m.index).trim();
      yesNo = true;
    }
  }
  for (const re of lex.yesNoOpeners) {
    const m = re.exec(joined);
    // Auxiliary openers ("is", "does") are judged after filler is gone: "can you tell me…" is none.
    if (!m?.[0].includes(" ")) continue;
    yesNo = true;
    joined = joined.slice(m.index + m[0].length).trim();
  }
  return { tokens: joined ? joined.split(" ") : [], yesNo };
}

/**
 * The words up to a tag followed only by filler ("…, right? pls", "c'est bien ça merci"): a sign-off
 * after the tag leaves it the tag. Without such a tag, the words as typed.
 */
function beforeTrailingFiller(tokens: string[], lex: Lexicon): string[] {
  // (Most questions end in no filler: claimForm's own reading of the tags is then the only one.)
  if (!lex.filler.has(tokens[tokens.length - 1] ?? "")) return tokens;
  const tagged = (ws: string[]) => {
    const joined = ws.join(" ");
    return lex.yesNoTags.some((re) => {
      const m = re.exec(joined);
      return m !== null && m.index > 0;
    });
  };
  if (tagged(tokens)) return tokens;
  let end = tokens.length;
  while (end > 1 && lex.filler.has(tokens[end - 1] as string)) {
    end--;
    if (tagged(tokens.slice(0, end))) return tokens.slice(0, end);
  }
  return tokens;
}

/**
 * "So UNMAS is just an ordinary member of the IACG-MA and someone else runs it?": a statement
 * with a question mark and no asking word is a yes/no question about that statement.
 */
export function statedAsQuestion(text: string, words: readonly string[], lex: Lexicon): boolean {
  if (!/\?\s*$/.test(text)) return false;
  if (words.some((w) => inClass(lex, "interrogatives", w))) return false;
  // A French verb and its subject inverted ("L'UNICEF y participe-t-il ?", "en fait-elle partie")
  // asks yes or no, however short the question.
  if (FRENCH_INVERSION.test(text)) return true;
  return (
    words.length >= 4 &&
    words.some(
      (w, i) =>
        inClass(lex, "finite_verbs", w) ||
        inClass(lex, "subject_pronouns", w) ||
        // ("So the IACG-MA only looks at women?": a restriction inside it is a claim's.)
        (i > 0 && i < words.length - 1 && inClass(lex, "restrictive_words", w)),
    )
  );
}

/** A verb, a hyphen, and a subject pronoun after it: "participe-t-il", "fait-elle", "sont-ils". */
const FRENCH_INVERSION = /\p{L}{2,}-(?:t-)?(?:il|elle|ils|elles)\b/iu;

/** A question opened by an auxiliary ("is", "does", "est-ce"), judged once filler is gone. */
export function auxOpener(words: readonly string[], lex: Lexicon): boolean {
  const joined = words.join(" ");
  return lex.yesNoOpeners.some((re) => {
    const m = re.exec(joined);
    return m !== null && !m[0].includes(" ");
  });
}
