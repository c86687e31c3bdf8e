// "DPPA is not involved in the MARA, right?", "I heard DPO never led it", "Le DPPA ne participe
// pas à l'évaluation, n'est-ce pas ?": a claim stated with a negation denies a relation. The
// claim is checked as if it affirmed it, and the answer's yes or no is turned round. A question
// that opens with a negated auxiliary ("Isn't DPO the lead?") asks the plain claim; a contrast
// ("led by DPO, not OHCHR") denies nothing.
import type { Draft } from "./compose/common.js";
import { inClass, type Lexicon, message } from "./lexicon/lexicon.js";

/** Whether the claim these question words state denies its relation (see above). */
export function negatedClaim(words: readonly string[], yesNo: boolean, lex: Lexicon): boolean {
  if (!yesNo) return false;
  // ("Is DPPA not a partner?", "does not DPO lead…": a question, asking the plain claim.)
  if (inClass(lex, "auxiliaries", words[0] ?? "") || inClass(lex, "finite_verbs", words[0] ?? ""))
    return false;
  return words.some((w, i) => {
    // ("not only", "not just": the claim says more, it denies nothing.)
    if (i === 0 || !lex.negations.has(w) || inClass(lex, "restrictive_words", words[i + 1] ?? ""))
      return false;
    // ("…, hasn't it?", "isn't that so?": a tag, whatever the statement says.)
    if (inClass(lex, "tag_pronouns", words[i + 1] ?? "")) return false;
    // English "not" denies only after an auxiliary ("is not", "does not"), not in a contrast.
    if (w === "not") return inClass(lex, "auxiliaries", words[i - 1] ?? "");
    return true;
  });
}

/**
 * The answer's yes turned into no and its no into yes; anything else is left as it is. A claim
 * that also narrows ("only shares information, it doesn't set priorities") says one thing twice:
 * its no stays a no.
 */
export function turnedRound(d: Draft, words: readonly string[], lex: Lexicon, lang: string): Draft {
  const yes = message(lex, "yes", lang);
  const no = message(lex, "no", lang);
  const narrows = words.some((w) => inClass(lex, "restrictive_words", w));
  if (d.correction)
    return !narrows && d.correction.startsWith(no)
      ? { ...d, correction: `${yes}${d.correction.slice(no.length)}` }
      : d;
  if (d.headline.startsWith(yes)) return { ...d, headline: `${no}${d.headline.slice(yes.length)}` };
  if (!narrows && d.headline.startsWith(no))
    return { ...d, headline: `${yes}${d.headline.slice(no.length)}` };
  return d;
}
