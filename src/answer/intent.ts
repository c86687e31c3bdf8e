// What is being asked: the intent, the words that carry it (kept out of the content search) and
// a few shape hints (yes/no question, "X with Y", "which office is in X").
import { foldText } from "./normalize.js";
import { editDistance, rawTokens, typoBudget } from "./tokens.js";
import type { Intent } from "./types.js";
import { INTENT_PATTERNS, INTENT_WORDS, STOP_WORDS } from "./vocabulary.js";

export interface ParsedQuestion {
  folded: string;
  /** Folded words, intent typos corrected ("leeds" → "leads"). */
  words: string[];
  intent: Intent;
  flag?: "with" | "relation" | "naming";
  /** True for words spent on saying what is asked (or stop words): not searched. */
  consumed: boolean[];
  /** Index of the first word of the intent phrase, or -1. */
  intentAt: number;
  /** "is X led by Y?", "does X chair Y?": a yes/no question that may carry a false premise. */
  yesNo: boolean;
}

const QUESTION_KIND =
  /\b(?:which|what|quel|quelle|quels|quelles|name the|list the|any) (?:un |other |of the |the )?(?:department|office|agency|agencie|entity|entitie|org|orgs|organi[sz]ation|body|bodie|unit|one|actor|partner|service|section|fund|organisme|entite|bureau|departement|structure|group|team|network|programme|program|initiative|activity|activitie|thing|country|countrie|place)s?\b/g;

const YES_NO_START =
  /^(?:is|are|does|do|did|was|were|has|have|had|can|could|will|isn|doesn|est ce que|is it true that|est ce)\b/;

/**
 * Corrects a misspelt intent word ("leeds", "coordinaets", "membres") when the word is not
 * something the knowledge itself contains.
 */
const typoCache = new Map<string, string>();

function fixIntentTypo(word: string, knows: (w: string) => boolean): string {
  if (word.length < 5 || INTENT_WORDS.has(word) || STOP_WORDS.has(word) || knows(word)) return word;
  const cached = typoCache.get(word);
  if (cached !== undefined) return cached;
  const fixed = closestIntentWord(word);
  if (typoCache.size > 10_000) typoCache.clear();
  typoCache.set(word, fixed);
  return fixed;
}

function closestIntentWord(word: string): string {
  const budget = Math.min(typoBudget(word.length), 2);
  let best = word;
  let bestDist = budget + 1;
  for (const w of INTENT_WORDS) {
    if (Math.abs(w.length - word.length) > budget || w[0] !== word[0]) continue;
    // "head" → "heads" is another word, not a typo.
    if (w.startsWith(word) || word.startsWith(w)) continue;
    const d = editDistance(word, w, budget);
    if (d < bestDist) {
      bestDist = d;
      best = w;
    }
  }
  return best;
}

const globals = new Map<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) {
    g = new RegExp(re.source, `${re.flags}g`);
    globals.set(re, g);
  }
  return g;
}

export function parseQuestion(text: string, knows: (w: string) => boolean): ParsedQuestion {
  const folded = foldText(text);
  const words = rawTokens(folded).map((w) => fixIntentTypo(w, knows));
  const joined = words.join(" ");
  const starts: number[] = [];
  let pos = 0;
  for (const w of words) {
    starts.push(pos);
    pos += w.length + 1;
  }
  const wordAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const consumed = words.map((w) => STOP_WORDS.has(w));
  const consume = (from: number, to: number) => {
    if (to <= from) return;
    const a = wordAt(from);
    const b = wordAt(to - 1);
    for (let i = a; i <= b; i++) consumed[i] = true;
  };

  let intent: Intent = "unknown";
  let flag: ParsedQuestion["flag"];
  let intentAt = -1;
  for (const p of words.length > 0 ? INTENT_PATTERNS : []) {
    const m = p.re.exec(joined);
    if (!m) continue;
    intent = p.intent;
    flag = p.flag;
    // A pattern may wrap the subject it spans ("what does X do") in a `keep` group.
    const keep = m.groups?.keep;
    if (keep) {
      const at = m.index + m[0].indexOf(keep);
      consume(m.index, at);
      consume(at + keep.length, m.index + m[0].length);
    } else consume(m.index, m.index + m[0].length);
    intentAt = wordAt(m.index);
    break;
  }
  // Every other phrase that says the same thing is spent too ("examples … in the field").
  if (intentAt >= 0) {
    for (const p of INTENT_PATTERNS) {
      if (p.intent !== intent || p.re.source.includes("?<keep>")) continue;
      for (const m of joined.matchAll(globalOf(p.re))) consume(m.index, m.index + m[0].length);
    }
  }
  // "which department", "quelle entité": the question word plus a kind noun says nothing more.
  for (const m of joined.matchAll(QUESTION_KIND)) consume(m.index, m.index + m[0].length);
  if (intent === "unknown" && words.length > 0) intent = "definition";

  return {
    folded,
    words,
    intent,
    ...(flag ? { flag } : {}),
    consumed,
    intentAt,
    yesNo: YES_NO_START.test(joined),
  };
}
