// The question's content words as the tokens searched: each is the knowledge's own word, a French
// word's gloss, a corrected typo, or unknown — and the unknown ones that look like names are what
// makes "I don't have anything on WFP".

import type { CandidateIndex, QueryToken } from "./candidate-index.js";
import type { ParsedQuestion } from "./intent.js";
import { inClass, type Lexicon, lexiconMemo } from "./lexicon/lexicon.js";
import { guardedTest } from "./lexicon/required-literals.js";
import { classifyUnknown, dropBracketGlossed } from "./name-like.js";
import { foldText, shoutedAcronyms } from "./normalize.js";
import { compact, stem } from "./tokens.js";
import { correctWord, glossed } from "./word-fix.js";

const cueWordMemo = lexiconMemo<boolean>(10_000);

/** A word that on its own says what is asked ("important", "partners"): never an unknown subject. */
function isCueWord(word: string, lex: Lexicon): boolean {
  return cueWordMemo(
    lex,
    word,
    () => lex.cueWords.has(word) || lex.cues.some((c) => guardedTest(c, word)),
  );
}

function isNeutral(token: string, lex: Lexicon): boolean {
  return (
    lex.months.has(token) ||
    /^\d+$/.test(token) ||
    lex.kindWords.has(token) ||
    lex.stopWords.has(token) ||
    lex.filler.has(token) ||
    isCueWord(token, lex)
  );
}

/** Content tokens of a parsed question, typo-corrected against the index vocabulary. */
export function queryTokens(
  pq: ParsedQuestion,
  index: CandidateIndex,
  rawText: string,
  lex: Lexicon,
): {
  query: QueryToken[];
  unknown: string[];
  names: string[];
  weakNames: string[];
  content: string;
} {
  const stems = pq.words.map(stem);
  const { tokens, from } = index.canon.apply(stems);
  const query: QueryToken[] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  const contentWords: string[] = [];
  let skipWord = -1;
  for (let i = 0; i < tokens.length; i++) {
    const src = from[i] as number;
    if (pq.consumed[src] || src <= skipWord) continue;
    const t = tokens[i] as string;
    const word = pq.words[src] as string;
    if (contentWords[contentWords.length - 1] !== word) contentWords.push(word);
    // A French word the knowledge does not use: the knowledge's word for it, for the facts. (A
    // phrase may start with a stop word: "en compte".)
    const gloss = glossed(pq, src, lex);
    // A stop word the parser kept ("UN" typed as part of a name) is searched, and so is a synonym's
    // canonical word ("Nations Unies" → "un", a French stop word).
    if (
      (lex.stopWords.has(t) && t === stems[src] && !pq.capitals.has(word) && !gloss?.pair) ||
      seen.has(t)
    )
      continue;
    seen.add(t);
    if (gloss && !index.knows(t)) {
      for (const g of gloss.words.flatMap((w) => index.analyze(w))) {
        if (seen.has(g) || !index.knows(g)) continue;
        seen.add(g);
        query.push({ token: g, weight: 0.9, word, pos: src });
      }
      if (gloss.pair) skipWord = gloss.last ?? src + 1;
      continue;
    }
    if (index.knows(t)) {
      query.push({ token: t, weight: 1, word, pos: src });
      continue;
    }
    if (isNeutral(t, lex) || isNeutral(word, lex)) continue;
    const fixed = correctWord(index, pq, t, word, src);
    if (fixed && !seen.has(fixed.token)) {
      seen.add(fixed.token);
      query.push({ ...fixed, word, pos: src });
    } else if (!fixed) unknown.push(word);
  }
  if (query.length === 0) {
    for (const i of pq.stopNames) {
      const word = pq.words[i] as string;
      query.push({ token: index.analyze(word)[0] ?? word, weight: 1, word, pos: i });
    }
  }
  // "WHO" typed in capitals is an organisation, even though "who" is a question word; "URL" or
  // "LINKS" in capitals is the cue it spells.
  for (const a of shoutedAcronyms(rawText)) {
    const folded = foldText(a);
    if (
      inClass(lex, "chat_acronyms", folded) ||
      (isCueWord(folded, lex) && !inClass(lex, "question_words", folded)) ||
      inClass(lex, "emphasis_words", folded) ||
      lex.kindWords.has(folded) ||
      lex.rewrites.has(folded) ||
      lex.filler.has(folded) ||
      index.inKeys(compact(folded)) ||
      unknown.some((u) => foldText(u) === folded)
    )
      continue;
    // A typo the index corrected ("OHCR"), or an acronym given in brackets after a name
    // ("Service de la lutte antimines (SLAM)"), is not an unknown name.
    if (query.some((q) => q.word === folded) || rawText.includes(`(${a})`)) continue;
    const parts = index.analyze(folded);
    if (!parts.every((p) => index.inKeys(p))) unknown.push(a);
  }
  dropBracketGlossed(unknown, rawText, (k) => index.inKeys(k));
  const { names, weakNames } = classifyUnknown(pq, query, unknown, rawText, lex);
  return { query, unknown, names, weakNames, content: contentWords.join(" ") };
}
