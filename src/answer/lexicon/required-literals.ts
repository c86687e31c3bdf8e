// Literal text a pattern cannot match without: every question runs some 230 lexicon patterns
// (cues, asks, scope rules) and nearly all fail. Most need a word the question does not hold
// ("difference", "think of"), and `text.includes` answers that far faster than running the
// pattern. The set is read from the pattern's syntax tree once, when the lexicon is compiled.
import { RegExpParser } from "@eslint-community/regexpp";
import type { Alternative, Element } from "@eslint-community/regexpp/ast";

/** Strings shorter than this say too little to be worth checking. */
const MIN_LITERAL = 2;

type Need = readonly string[] | undefined;

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** Strings of which any match contains one, each with the key of its first two characters. */
export interface RequiredLiterals {
  readonly strings: readonly string[];
  readonly keys: readonly number[];
}

/**
 * What any match of `re` must contain, or undefined when nothing is found (a pattern that can
 * match without a literal of two characters, or one with an `i` flag).
 */
export function requiredLiterals(re: RegExp): RequiredLiterals | undefined {
  if (re.flags.includes("i")) return undefined;
  try {
    const pattern = parser.parsePattern(re.source, 0, re.source.length, {
      unicode: re.flags.includes("u"),
      unicodeSets: re.flags.includes("v"),
    });
    const need = anyOf(pattern.alternatives);
    if (!need || need.length === 0) return undefined;
    // A string holding another of the set adds nothing ("links" where "link" is).
    const strings = need.filter((s) => !need.some((t) => t !== s && s.includes(t)));
    return { strings, keys: strings.map((s) => pairKey(s, 0)) };
  } catch {
    return undefined;
  }
}

/**
 * Two characters as one number (their low bytes: two pairs may share a key, which only lets a
 * string through to `includes`, never keeps a present one out).
 */
function pairKey(text: string, i: number): number {
  return ((text.charCodeAt(i) & 0xff) << 8) | (text.charCodeAt(i + 1) & 0xff);
}

// The pairs of characters in the last texts checked. The same text is checked against some 230
// patterns in a row, so it is read once; a string whose first pair is absent is not searched.
// Two texts are kept: the cue loop checks a question with and without its filler in turn, and
// one slot re-read the text for every pattern. (`marked` is a fixed buffer: emptying a plain array
// frees its storage, and refilling it for every new text was a tenth of what a question allocated.)
interface PairSlot {
  seen: Uint8Array;
  marked: Uint16Array;
  count: number;
  text: string | undefined;
}
const slots: PairSlot[] = [0, 1].map(() => ({
  seen: new Uint8Array(1 << 16),
  marked: new Uint16Array(256),
  count: 0,
  text: undefined,
}));
/** The slot refilled last: the other one is refilled next. */
let newest = 0;

function readPairs(text: string): Uint8Array {
  const a = slots[newest] as PairSlot;
  if (a.text === text) return a.seen;
  const b = slots[1 - newest] as PairSlot;
  if (b.text === text) return b.seen;
  newest = 1 - newest;
  const slot = b;
  const { seen } = slot;
  for (let j = 0; j < slot.count; j++) seen[slot.marked[j] as number] = 0;
  slot.count = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const k = pairKey(text, i);
    if (seen[k] === 0) {
      seen[k] = 1;
      if (slot.count === slot.marked.length) {
        const grown = new Uint16Array(slot.marked.length * 2);
        grown.set(slot.marked);
        slot.marked = grown;
      }
      slot.marked[slot.count++] = k;
    }
  }
  slot.text = text;
  return seen;
}

/** True unless the text lacks every literal the pattern needs (then it cannot match). */
export function couldMatch(need: RequiredLiterals | undefined, text: string): boolean {
  if (need === undefined) return true;
  const seen = readPairs(text);
  const { strings, keys } = need;
  for (let i = 0; i < strings.length; i++) {
    if (seen[keys[i] as number] === 1 && text.includes(strings[i] as string)) return true;
  }
  return false;
}

/** `p.re.test(text)`, not run when the text lacks every literal the pattern needs. */
export function guardedTest(
  p: { readonly re: RegExp; readonly need: RequiredLiterals | undefined },
  text: string,
): boolean {
  return couldMatch(p.need, text) && p.re.test(text);
}

/** One of several alternatives matched: each must offer a need, and any of them may be met. */
function anyOf(alternatives: readonly Alternative[]): Need {
  const out = new Set<string>();
  for (const alt of alternatives) {
    const need = inSequence(alt.elements);
    if (!need) return undefined;
    for (const s of need) out.add(s);
  }
  return [...out];
}

/**
 * A sequence needs everything it is made of: the most telling single need is kept (longest
 * shortest string). Adjacent characters join into one literal; anything else ends it.
 */
function inSequence(elements: readonly Element[]): Need {
  let best: Need;
  let run = "";
  const offer = (need: Need) => {
    if (!need || need.some((s) => s.length < MIN_LITERAL)) return;
    if (!best || strength(need) > strength(best)) best = need;
  };
  const endRun = () => {
    if (run) offer([run]);
    run = "";
  };
  for (const el of elements) {
    if (el.type === "Character") {
      run += String.fromCodePoint(el.value);
      continue;
    }
    endRun();
    offer(ofElement(el));
  }
  endRun();
  return best;
}

function ofElement(el: Element): Need {
  switch (el.type) {
    case "Group":
    case "CapturingGroup":
      return anyOf(el.alternatives);
    case "Quantifier":
      return el.min >= 1 ? ofElement(el.element) : undefined;
    case "Character":
      return [String.fromCodePoint(el.value)];
    default:
      // Classes, sets, assertions (zero width: nothing they look at is consumed), references.
      return undefined;
  }
}

/** How much a need rules out: its shortest string's length, then fewer strings. */
function strength(need: readonly string[]): number {
  let shortest = Number.POSITIVE_INFINITY;
  for (const s of need) shortest = Math.min(shortest, s.length);
  return shortest * 1000 - need.length;
}
