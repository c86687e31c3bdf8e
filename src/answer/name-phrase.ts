// Whether words, as typed, are a run of one of the records' names ("coordination de la lutte
// antimines" in "Groupe interinstitutions de coordination de la lutte antimines"): the question
// words there name a record and say nothing of what is asked.
import type { CandidateIndex } from "./candidate-index.js";
import { STOP_WORDS } from "./vocabulary.js";

const plain = (s: string) => ` ${s.replace(/[^a-z0-9]+/g, " ").trim()} `;

export function inNamePhrase(index: CandidateIndex, phrase: string): boolean {
  const tokens = index.analyze(phrase).filter((t) => !STOP_WORDS.has(t));
  if (tokens.length < 2) return false;
  // The records that hold the rarest of its words in a name are the only ones to look at.
  let docs: readonly number[] | undefined;
  for (const t of tokens) {
    const d = index.docsWithKeyToken(t);
    if (d.length === 0) return false;
    if (!docs || d.length < docs.length) docs = d;
  }
  const wanted = plain(phrase);
  for (const d of docs ?? []) {
    for (const k of index.docs[d]?.keys ?? []) if (plain(k.folded).includes(wanted)) return true;
  }
  return false;
}
