// Which names the knowledge lacks make the question one it cannot speak to: a strong name (an
// acronym, a capitalised word no dictionary holds, the topic after "about") anywhere, or a weak
// one (a word only the dictionary misses) before every record the question names ("wfp role in
// crsv"). When nothing is named, any name-like word is the subject.
import { isDictionaryWord } from "./dictionary.js";
import type { ParsedQuestion } from "./intent.js";
import { inClass, type Lexicon } from "./lexicon/lexicon.js";
import { foldText } from "./normalize.js";
import { isPlace } from "./places.js";
import type { SearchResult } from "./search.js";

export function unknownSubject(
  pq: ParsedQuestion,
  res: SearchResult,
  lex: Lexicon,
): { strongNames: string[]; blocking: string[]; leading: string[] } {
  const strongNames = res.names.filter((n) => !res.weakNames.includes(n));
  let firstNamed = Number.POSITIVE_INFINITY;
  let mentionBits = 0;
  for (const m of res.mentions) mentionBits |= m.keyBits;
  res.query.forEach((q, i) => {
    if (mentionBits & (1 << i)) firstNamed = Math.min(firstNamed, q.pos ?? firstNamed);
  });
  // (Not a capitalised ordinary word: "Member States" in a formal request is style.)
  const leading = res.weakNames.filter(
    (n) => pq.words.indexOf(foldText(n)) < firstNamed && !isDictionaryWord(foldText(n)),
  );
  // "the DSG's office asked what the IACG-MA does": who asks is not what is asked about.
  const asking = (n: string) => {
    const i = pq.allWords.indexOf(foldText(n).split(" ").pop() ?? "");
    return (
      i >= 0 && pq.allWords.slice(i + 1, i + 4).some((w) => inClass(lex, "reporting_verbs", w))
    );
  };
  // "…, UNMAS or OCHA?": an alternative offered beside a record the knowledge holds is a guess
  // the answer settles, not the subject.
  // ("ny or geneva": two names it lacks offered together are still what is asked about.)
  const unknown = new Set(res.names.map((n) => foldText(n)));
  const offered = (n: string) => {
    const i = pq.allWords.indexOf(foldText(n).split(" ")[0] ?? "");
    // (A place offered is asked about: "where is it based, NY or Geneva?".)
    if (i < 2 || !inClass(lex, "alternative_words", pq.allWords[i - 1] ?? "") || isPlace(n, lex))
      return false;
    return !unknown.has(pq.allWords[i - 2] as string);
  };
  // "for the new JPOs": a plural acronym is a kind of people or bodies, not a record it lacks.
  const plural = (n: string) => {
    const w = foldText(n);
    return /^[a-z]{3,5}s$/.test(w) && !isDictionaryWord(w) && !isDictionaryWord(w.slice(0, -1));
  };
  const blocking = (res.mentions.length > 0 ? [...leading, ...strongNames] : res.names).filter(
    (n) => !plural(n) && (res.mentions.length === 0 || (!asking(n) && !offered(n))),
  );
  return { strongNames, blocking, leading };
}
