// Whether words, as typed, are a run of one of the records' names ("coordination de la lutte
// antimines" in "Groupe interinstitutions de coordination de la lutte antimines"): the question
// words there name a record and say nothing of what is asked.
import type { CandidateIndex } from "./candidate-index.js";
import type { Lexicon } from "./lexicon/lexicon.js";
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

/** Cue words typed as part of a record's name: a run of 3–7 words around one that a name holds. */
export function cuesInNames(
  words: readonly string[],
  lex: Lexicon,
  inNamePhrase: (phrase: string) => boolean,
  isName: (word: string) => boolean = () => true,
): string[] {
  const out: string[] = [];
  const inCues = cueVocabulary(lex);
  // Only runs whose every word some name holds can be a name as typed: checked once per word.
  const named = words.map((w) => lex.stopWords.has(w) || isName(w));
  words.forEach((w, i) => {
    if (!(lex.cueWords.has(w) || inCues.has(w)) || lex.stopWords.has(w) || !named[i]) return;
    for (let len = 7; len >= 3; len--) {
      for (let s = Math.max(0, i - len + 1); s <= i && s + len <= words.length; s++) {
        if (!named.slice(s, s + len).every(Boolean)) continue;
        const run = words.slice(s, s + len);
        if (run.filter((x) => !lex.stopWords.has(x)).length < 3) continue;
        if (inNamePhrase(run.join(" "))) {
          out.push(w);
          return;
        }
      }
    }
  });
  return out;
}

const cueVocabularies = new WeakMap<Lexicon, Set<string>>();

/** Every plain word the cue patterns spell out ("task" in "tasks?"), computed once per vocabulary. */
function cueVocabulary(lex: Lexicon): Set<string> {
  let out = cueVocabularies.get(lex);
  if (!out) {
    out = new Set();
    for (const c of lex.cues)
      for (const w of c.re.source.replace(/\\[a-z]/g, " ").split(/[^a-z]+/))
        if (w.length >= 3) {
          out.add(w);
          // "tasks?" spells "task" too.
          if (w.endsWith("s")) out.add(w.slice(0, -1));
        }
    cueVocabularies.set(lex, out);
  }
  return out;
}
