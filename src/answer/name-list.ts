// "What are UNMAS, the IACG-MA and the GFP?", "one line each: UNMAS / IACG-MA / GFP": a question
// that asks the same of each name in a list is asked of each name apart. The openers are the
// vocabulary's `list_openers`; the engine keeps the split only when every part names its own record.
import type { Lexicon } from "./lexicon/lexicon.js";
import { foldText } from "./normalize.js";

/** What separates the names of a list: commas, slashes, "and", "et", "&", "+". */
const SEPARATOR = /\s*(?:[,/;&+]|\band\b|\bet\b)\s*/;
const MAX_NAMES = 4;
const MAX_NAME_WORDS = 6;

/**
 * The questions one per name, or undefined when the question is no such list. `isName` says a
 * word is part of a record's name: every part must be names only ("the link between A and B"
 * is one question).
 */
export function namesListed(
  question: string,
  lex: Lexicon,
  isName: (w: string) => boolean,
): string[] | undefined {
  // Words and the list's separators only: markup, quotes and the question mark go.
  // (Single letters go, as the patterns were compiled for: "c'est quoi" is read "est quoi".)
  const text = foldText(question)
    .replace(/[^a-z0-9,/;&+]+/g, " ")
    .replace(/([,/;&+])/g, " $1 ")
    .split(" ")
    .filter((w) => w.length > 1 || /[\d,/;&+]/.test(w))
    .join(" ");
  for (const re of lex.listOpeners) {
    const m = re.exec(text);
    if (m?.index !== 0) continue;
    const parts = text
      .slice(m[0].length)
      .split(SEPARATOR)
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
    if (parts.length < 2 || parts.length > MAX_NAMES) return undefined;
    if (parts.some((p) => p.split(" ").length > MAX_NAME_WORDS)) return undefined;
    const names = (p: string) => p.split(" ").every((w) => lex.stopWords.has(w) || isName(w));
    if (!parts.every(names)) return undefined;
    const french = /^(?:est quoi|est ce|que|qui)\b/.test(text);
    return parts.map((p) => (french ? `qu'est-ce que ${p} ?` : `what is ${p}?`));
  }
  return undefined;
}
