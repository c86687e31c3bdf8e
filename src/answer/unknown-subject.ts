// Which names the knowledge lacks make the question one it cannot speak to: a strong name (an
// acronym, a capitalised word no dictionary holds, the topic after "about") anywhere, or a weak
// one (a word only the dictionary misses) before every record the question names ("wfp role in
// crsv"). When nothing is named, any name-like word is the subject.
import { isDictionaryWord } from "./dictionary.js";
import type { ParsedQuestion } from "./intent.js";
import { foldText } from "./normalize.js";
import type { SearchResult } from "./search.js";

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
  const blocking = res.mentions.length > 0 ? [...leading, ...strongNames] : res.names;
  return { strongNames, blocking };
}
