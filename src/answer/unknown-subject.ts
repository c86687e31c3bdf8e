// Which names the knowledge lacks make the question one it cannot speak to: a strong name (an
// acronym, a capitalised word no dictionary holds, the topic after "about") anywhere, or a weak
// one (a word only the dictionary misses) before every record the question names ("wfp role in
// crsv"). When nothing is named, any name-like word is the subject.
import { isDictionaryWord } from "./dictionary.js";
import type { ParsedQuestion } from "./intent.js";
import { foldText } from "./normalize.js";
import type { SearchResult } from "./search.js";

const REPORTING =
  /^(?:asked|asks|asking|wants|wanted|needs|needed|requested|requests|wonders|wondered|would|demande|veut|souhaite)$/;

const ALTERNATIVE = /^(?:or|ou|versus|vs)$/;

export function unknownSubject(
  pq: ParsedQuestion,
  res: SearchResult,
): { strongNames: string[]; blocking: string[] } {
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
    return i >= 0 && pq.allWords.slice(i + 1, i + 4).some((w) => REPORTING.test(w));
  };
  // "…, UNMAS or OCHA?": an alternative offered beside a record the knowledge holds is a guess
  // the answer settles, not the subject.
  const offered = (n: string) => {
    const i = pq.allWords.indexOf(foldText(n).split(" ")[0] ?? "");
    const before = pq.allWords.slice(Math.max(0, i - 2), i);
    return i > 0 && before.some((w) => ALTERNATIVE.test(w));
  };
  const blocking = (res.mentions.length > 0 ? [...leading, ...strongNames] : res.names).filter(
    (n) => res.mentions.length === 0 || (!asking(n) && !offered(n)),
  );
  return { strongNames, blocking };
}
