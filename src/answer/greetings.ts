// Greetings and thanks: a friendly short reply pointing at help, never a refusal line.
import { type Lexicon, message } from "./lexicon/lexicon.js";

const QUESTION_WORD =
  /^(?:who|what|which|where|when|why|how|qui|quoi|quel|quelle|quels|quelles|quand|comment|combien|pourquoi)$/;

/** The reply to a message that is only a greeting or thanks, or undefined for a real question. */
export function greeting(
  words: readonly string[],
  lex: Lexicon,
  lang: string,
  knows: (w: string) => boolean = () => false,
): string | undefined {
  if (words.length === 0 || words.length > 12) return undefined;
  const joined = words.join(" ");
  if (lex.smallTalk.some((re) => re.test(joined))) return message(lex, "hello", lang);
  let hello = false;
  let thanks = false;
  let others = 0;
  for (const w of words) {
    if (lex.hello.has(w)) hello = true;
    else if (lex.thanks.has(w)) thanks = true;
    // A cue makes it a question; a question word is a word of its own ("what were its top 3
    // recommendations?" is no thanks, whatever "top" means in French).
    else if (lex.cueWords.has(w)) return undefined;
    else if (QUESTION_WORD.test(w)) others++;
    else if (lex.companions.has(w) || lex.filler.has(w) || lex.stopWords.has(w)) continue;
    // Anything the knowledge holds makes it a question ("thanks, and who chairs X?").
    else if (knows(w) || ++others > 2) return undefined;
  }
  if (!hello && !thanks) return undefined;
  return message(lex, thanks ? "thanks" : "hello", lang);
}
