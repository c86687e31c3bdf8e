// The shape of a piece of a message: is it a question, does it start like one, where does the
// asking start. Read on folded words, punctuation gone.
import { inClass, type Lexicon } from "./lexicon/lexicon.js";
import { guardedTest } from "./lexicon/required-literals.js";
import { foldText, slashShorthands } from "./normalize.js";

/** How a question starts: a question word, an auxiliary, an imperative ("list", "tell"). */
export const QUESTION_START =
  /^(?:who|whom|whose|what|whats|which|where|when|why|how|is|are|does|do|did|was|were|has|have|can|could|should|would|will|any|list|give|show|tell|explain|describe|define|spell|qui|que|quoi|quel|quelle|quels|quelles|ou|quand|pourquoi|comment|combien|est|y a|existe|pouvez|pourriez|peux|donnez|dites|expliquez)\b/;

// (A formal request asks too: "I would be grateful for a briefing on …", "please set out …"; and
// an indirect question: "…, plus whatever the study is called".)
export const ASKS_INSIDE =
  /\b(?:who|whom|whose|what|which|whatever|whoever|whichever|where|when|how many|can you|could you|remind me|tell me|let me know|spell (?:it |that |this |them )?out|qui|quel|quelle|quels|quelles|combien|pourriez vous|pouvez vous|(?:i|we) would (?:be grateful|appreciate)|grateful for|please (?:provide|set out|outline|indicate|confirm|clarify|describe|explain|share|advise|specify|list|summari[sz]e|send|give)|kindly (?:provide|set out|outline|indicate|confirm|clarify|describe|explain|share|advise|specify|list|summari[sz]e|send|give)|je (?:souhaiterais|voudrais|serais reconnaissante?)|merci de (?:me |nous )?(?:preciser|indiquer|confirmer|donner|dire|expliquer)|veuillez)\b/;

/** A piece of a message as the patterns read it: folded, punctuation gone, single spaces. */
export function plainWords(text: string): string {
  return slashShorthands(foldText(text))
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const NEED = /\b(?:need|want|looking for) (?:the|a|an|some|any|your)\b/g;

/**
 * A need for a thing stated by the asker ("need the SEA links", "hey team, I need a…"): a request.
 * (Not another's need: "the SG report needs a line on the MARA" is context.)
 */
export function statesNeed(f: string, lex: Lexicon): boolean {
  for (const m of f.matchAll(NEED)) {
    const before = f.slice(0, m.index).trim().split(" ").pop() ?? "";
    if (!before || inClass(lex, "asker_words", before)) return true;
    if (lex.hello.has(before) || lex.companions.has(before) || lex.filler.has(before)) return true;
  }
  return false;
}

/**
 * The piece's plain words with chat spellings rewritten ("gfp stands for wat" asks what, "wher is
 * unmas" where): a question typed that way is a question.
 */
function shapeWords(s: string, lex: Lexicon): string {
  const f = plainWords(s);
  if (!f.split(" ").some((w) => lex.rewrites.has(w))) return f;
  return f
    .split(" ")
    .map((w) => lex.rewrites.get(w)?.join(" ") ?? w)
    .join(" ");
}

/** 2: clearly a question (a "?", a question word first); 1: asks inside a statement; 0: context. */
export function questionScore(s: string, lex: Lexicon): number {
  const f = shapeWords(s, lex);
  if (/\?\s*$/.test(s) || QUESTION_START.test(f)) return 2;
  if (lex.yesNoTags.some((re) => re.test(f))) return 2;
  return ASKS_INSIDE.test(f) || statesNeed(f, lex) ? 1 : 0;
}

/** Starts like a question ("also, who chairs…"), not only ends with "?" ("définit aussi les…?"). */
export function startsQuestion(s: string, lex: Lexicon): boolean {
  // (As typed: "osrsg-svc - r they part of it" keeps its topic before the dash as its subject.)
  const f = plainWords(s);
  return QUESTION_START.test(f) || lex.yesNoOpeners.some((re) => re.test(f));
}

export function looksLikeQuestion(s: string, lex: Lexicon): boolean {
  return questionScore(s, lex) > 0;
}

/** An introduction that asks for something of each item after it ("I need:", "give me the lead:"). */
export function asksForItems(intro: string, lex: Lexicon): boolean {
  const f = plainWords(intro);
  return (
    looksLikeQuestion(intro, lex) ||
    hasCue(foldText(intro), lex) ||
    /\b(?:need|needs|want|give|fill|provide|list|looking for|besoin|donne[rz]?|indique[rz]?)\b/.test(
      f,
    )
  );
}

export function hasCue(folded: string, lex: Lexicon): boolean {
  const words = plainWords(folded);
  return lex.cues.some((c) => c.type !== "definition" && guardedTest(c, words));
}

/** The asking part names what it asks about: three words or more that are no stop words. */
export function saysWhat(folded: string, lex: Lexicon): boolean {
  const words = plainWords(folded).split(" ");
  return words.filter((w) => w.length > 2 && !lex.stopWords.has(w)).length >= 3;
}
