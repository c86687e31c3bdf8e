// Yes/no questions in any form get "Yes — …" or "No — … (the correct fact)". A composer that saw
// a false premise has written the correction; a claim about a name the knowledge does not hold is
// answered no; otherwise the fact found is the confirmation.
import type { Draft } from "./compose/common.js";
import { type Lexicon, message } from "./lexicon/lexicon.js";

export function answerYesNo(
  d: Draft,
  lex: Lexicon,
  lang: string,
  opts: { unknownNames: readonly string[]; confirmed: boolean },
): Draft {
  const yes = message(lex, "yes", lang);
  const no = message(lex, "no", lang);
  if (d.correction) {
    const rest = d.correction.replace(/^No[:,—-]\s*/i, "");
    // A claim the knowledge can neither confirm nor deny gets no "No": only what it holds.
    if (d.answered === false)
      return { ...d, correction: rest.charAt(0).toUpperCase() + rest.slice(1) };
    return { ...d, correction: `${no}${rest}` };
  }
  const m = /^(Yes|No)(?:, in effect)?[:,]\s*/.exec(d.headline);
  // A full list that lacks the name claimed ("Is WFP among the MARA partners?"): the "Yes" found
  // for the rest of the claim is no confirmation of the name.
  if (m?.[1] === "Yes" && opts.unknownNames.length > 0) {
    const rest = d.headline.slice(m[0].length);
    return unknownNo(
      { ...d, headline: rest.charAt(0).toUpperCase() + rest.slice(1) },
      lex,
      lang,
      opts,
    );
  }
  if (m) {
    const rest = d.headline.slice(m[0].length);
    return {
      ...d,
      // ("No — my knowledge base…" stays lowercase after the dash; a name keeps its capital.)
      headline: `${m[1] === "Yes" ? yes : no}${/^my\b/.test(rest) ? rest : rest.charAt(0).toUpperCase() + rest.slice(1)}`,
    };
  }
  if (opts.unknownNames.length > 0) return unknownNo(d, lex, lang, opts);
  if (!opts.confirmed) return d;
  return { ...d, headline: `${yes}${d.headline}` };
}

/** "No — I don't have anything on WFP in my knowledge base; what it holds:" and the answer. */
function unknownNo(
  d: Draft,
  lex: Lexicon,
  lang: string,
  opts: { unknownNames: readonly string[] },
): Draft {
  const no = message(lex, "no", lang);
  const names = opts.unknownNames.join(", ");
  return {
    ...d,
    correction: `${no}${lowerFirst(message(lex, "unknown_name", lang, { name: names }).replace(/\.$/, ""))}; ${message(lex, "what_it_holds", lang)}`,
  };
}

/** "Non — je n'ai rien…": a sentence after the dash starts in lowercase (a name keeps its capital). */
function lowerFirst(s: string): string {
  return /^(?:I|[A-Z]{2})/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}
