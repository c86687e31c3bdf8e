// Slack text → plain question text → folded text the search works on.
// Slack wraps mentions, channels and links in <...>; people add emoji and shouting. None of that is
// content, and a question longer than a few sentences is almost always a paste, so we cut it.

// \p{…} patterns sit at module level: esbuild compiles such a literal to `new RegExp` per use.
/** Combining marks (accents after NFD/NFKD). */
const MARKS = /\p{M}+/gu;

/** Emoji, their modifiers, flags and joiners. */
const EMOJI =
  /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3/gu;

/** Control characters. */
const CONTROL = /\p{Cc}/gu;

/** Only the start of a long message is considered: questions are short, pastes are not. */
export const MAX_QUESTION_CHARS = 500;

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"' };

/** Undo Slack's markup: mentions go, channel and link labels stay, entities decode, emoji go. */
export function normalizeSlackText(raw: unknown): string {
  // Only text is a question; anything else (a malformed payload's object, null) reads as empty.
  // String(x) would throw on objects without a prototype.
  let s =
    typeof raw === "string"
      ? raw
      : typeof raw === "number" || typeof raw === "boolean"
        ? String(raw)
        : "";
  // Work on a bounded prefix first so a megabyte paste costs nothing.
  s = s.slice(0, MAX_QUESTION_CHARS * 4);
  s = s
    .replace(/<[@!][^>]*>/g, " ") // <@U123>, <!here>, <!subteam^S1|@team>
    // A mention typed as plain text ("@channel", "@here", "@maria.s") names no record either.
    .replace(/(?<![\w.])@[\w.-]*\w/g, " ")
    .replace(/<#[A-Z0-9]+\|([^>]*)>/gi, " $1 ") // <#C123|general> → general
    .replace(/<#[A-Z0-9]+>/gi, " ")
    .replace(/<((?:https?|mailto|tel):[^|>]*)\|([^>]*)>/gi, " $2 ") // <url|label> → label
    .replace(/<((?:https?|mailto|tel):[^>]*)>/gi, " $1 ") // <url> → url
    .replace(/&(?:amp|lt|gt|quot);/g, (m) => ENTITIES[m] ?? m)
    // (An emoji between a word and a capital ends a sentence: "… every draft :face_palm: Spell it".)
    .replace(/(?<=[a-z0-9)])\s*:[a-z0-9_+-]*[a-z][a-z0-9_+-]*:\s+(?=[A-Z][a-z])/g, ". ")
    .replace(/:[a-z0-9_+-]*[a-z][a-z0-9_+-]*:/gi, " ") // :wave:, :+1:, :flag-fr:
    .replace(EMOJI, " ")
    .replace(CONTROL, " ") // control characters (tabs and newlines become spaces too)
    .replace(/\s+/g, " ")
    .trim();
  if (s.length > MAX_QUESTION_CHARS) {
    const cut = s.slice(0, MAX_QUESTION_CHARS);
    const space = cut.lastIndexOf(" ");
    s = space > MAX_QUESTION_CHARS * 0.8 ? cut.slice(0, space) : cut;
  }
  return s;
}

/** The text without accents: decomposed (NFKD; NFD keeps compatibility forms), marks gone. */
export function withoutAccents(text: string, form: "NFD" | "NFKD" = "NFKD"): string {
  return text.normalize(form).replace(MARKS, "");
}

/** Any character that is neither whitespace nor printable ASCII. */
const NOT_ASCII = /[^\s!-~]/;

/** The text with words added at its end, before a closing question mark if it has one. */
export function withTrailing(text: string, words: string): string {
  const m = /\s*\?[\s?]*$/.exec(text);
  return m ? `${text.slice(0, m.index)}${words}?` : `${text}${words}`;
}

/**
 * Chat shorthands written with a slash, spelled out in folded text: "w/o" is "without", and "y/n",
 * "t/f" tag a yes/no question (read as letters, "n" would be "and").
 */
export function slashShorthands(folded: string): string {
  if (!folded.includes("/")) return folded;
  return folded
    .replace(/\bw\/o\b/g, "without")
    .replace(/\by\/n\b/g, "yes or no")
    .replace(/\bt\/f\b/g, "true or false");
}

// A question is folded a dozen times on its way through the engine, by each step that reads it
// whole; the last few results are kept (cleared when full: a cache, not a store).
const FOLDED_KEPT = 64;
const folded = new Map<string, string>();

/** Lowercase, strip accents and typographic quotes: "l’Évaluation" → "l'evaluation". */
export function foldText(text: string): string {
  let out = folded.get(text);
  if (out === undefined) {
    out = fold(text);
    if (folded.size >= FOLDED_KEPT) folded.clear();
    folded.set(text, out);
  }
  return out;
}

function fold(text: string): string {
  // (Most text is plain ASCII: nothing to decompose or replace but a backtick.)
  if (!NOT_ASCII.test(text)) {
    const lower = text.toLowerCase();
    return (lower.includes("`") ? lower.replace(/`/g, "'") : lower).replace(/\s+/g, " ").trim();
  }
  return withoutAccents(text)
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d«»]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Words written in capitals in the original message ("WHO", "UNHCR"): a hint that the user
 * named an organisation. Ignored when the whole message is shouted.
 */
export function shoutedAcronyms(text: string): string[] {
  const letters = text.replace(/[^A-Za-z]/g, "");
  const upper = letters.replace(/[^A-Z]/g, "").length;
  if (letters.length === 0 || upper / letters.length > 0.6) return [];
  const out: string[] = [];
  for (const m of text.matchAll(/\b[A-Z][A-Z0-9]{1,}(?:-[A-Z0-9]+)*\b/g)) {
    // "Q1", "P2": numbered labels, not organisations.
    if (!/^[A-Z]\d+$/.test(m[0])) out.push(m[0]);
  }
  return out;
}
