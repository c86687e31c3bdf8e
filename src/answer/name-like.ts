// Which unexplained words are names: an acronym, a capitalised word inside a sentence that no
// dictionary holds, the topic after "about"/"in" with nothing known after it (strong); a
// lowercase word no dictionary holds, or a capitalised ordinary word (weak). A strong name the
// knowledge lacks is a subject it cannot speak to; a weak one counts only when nothing is named.
import type { QueryToken } from "./candidate-index.js";
import { isDictionaryWord } from "./dictionary.js";
import type { ParsedQuestion } from "./intent.js";
import { inClass, type Lexicon } from "./lexicon/lexicon.js";
import { foldText, shoutedAcronyms } from "./normalize.js";

// \p{…} patterns sit at module level: esbuild compiles such a literal to `new RegExp` per use.
/** A capitalised word that does not start a sentence. */
const MID_SENTENCE_CAPITAL = /(?<![.!?:]\s|^)(?<=\s)\p{Lu}[\p{Ll}]{2,}/gu;
/** Three or more capitalised words, small joining words allowed between them. */
const CAPITALISED_RUN =
  /\p{Lu}[\p{L}'-]*(?:\s+(?:(?:of|the|for|on|and|de|des|du|la|le|pour)\s+)?\p{Lu}[\p{L}'-]*){2,}/gu;
/** Up to four words followed by a short text in brackets: "Office of X (OX)". */
const BRACKET_GLOSS =
  /([\p{L}][\p{L}\d&.-]*(?:\s+[\p{L}][\p{L}\d&.-]*){0,3})\s*\(([^()]{2,20})\)/gu;

/** Besides the about-words, the prepositions that put a topic after them ("work on X"). */
const TOPIC_PREPOSITIONS = new Set(["on", "in", "en", "au"]);

/** Words written with a capital inside a sentence ("based in Geneva"): names, not ordinary words. */
function capitalisedInside(rawText: string): Set<string> {
  const out = new Set<string>();
  const letters = rawText.replace(/[^A-Za-z]/g, "");
  const upper = letters.replace(/[^A-Z]/g, "").length;
  // A message in Title Case or shouted says nothing by its capitals.
  if (letters.length === 0 || upper / letters.length > 0.3) return out;
  for (const m of rawText.matchAll(MID_SENTENCE_CAPITAL)) {
    out.add(foldText(m[0]));
  }
  return out;
}

/**
 * Runs of capitalised words that read as an organisation's name ("the United Nations Development
 * Programme", "World Food Programme"): three or more, one of them a kind of body. A capitalised
 * ordinary word inside such a run is part of a name the knowledge may lack, not formal style.
 */
function organisationRuns(
  rawText: string,
  caps: ReadonlySet<string>,
  lex: Lexicon,
): { words: string[]; text: string }[] {
  if (caps.size === 0) return [];
  const out: { words: string[]; text: string }[] = [];
  for (const m of rawText.matchAll(CAPITALISED_RUN)) {
    // "Is the World Food Programme": a capitalised question word before it is not the name.
    const typed = m[0].split(/\s+/);
    while (typed.length > 0 && lex.stopWords.has(foldText(typed[0] as string))) typed.shift();
    const words = typed.map((w) => foldText(w));
    if (words.length >= 2 && words.some((w) => lex.kindWords.has(w)))
      out.push({ words, text: typed.join(" ") });
  }
  return out;
}

/**
 * How name-like an unexplained word is: an acronym or a capitalised word inside a sentence is a
 * name; a word no dictionary holds (and no typo of a known word) probably is; an ordinary word is
 * not, and only weakens the answer.
 */
export function nameLike(word: string, capitalised: ReadonlySet<string>): boolean {
  if (capitalised.has(word)) return true;
  return word.length >= 3 && !/\d/.test(word) && !isDictionaryWord(word);
}

export function classifyUnknown(
  pq: ParsedQuestion,
  query: readonly QueryToken[],
  unknown: readonly string[],
  rawText: string,
  lex: Lexicon,
): { names: string[]; weakNames: string[] } {
  const caps = capitalisedInside(rawText);
  // An acronym in brackets after a name is that name's ("… antimines (SLAM)").
  const typedInCapitals = shoutedAcronyms(rawText);
  const shouted = new Set(typedInCapitals.filter((a) => !rawText.includes(`(${a})`)));
  const shoutedFolded = new Set([...shouted].map((a) => foldText(a)));
  // The word right after "about", "on", "regarding" is what the question is about: if nothing
  // explains it, it is a subject the knowledge lacks, however ordinary ("… do about malaria").
  // Only when nothing the knowledge explains follows it ("reading on preventing SEA" is about SEA).
  const topics = new Set<string>();
  const known = new Set(query.map((q) => q.pos));
  pq.words.forEach((w, i) => {
    const slot = pq.words[i - 1] as string;
    // ("listing them on a slide": where the answer goes is no topic.)
    if (
      i === 0 ||
      !(TOPIC_PREPOSITIONS.has(slot) || inClass(lex, "about_words", slot)) ||
      inClass(lex, "medium_nouns", w)
    )
      return;
    // (French "on" is a pronoun: "on voit le sigle partout" is about nothing called "voit".)
    if (slot === "on" && pq.lang === "fr") return;
    let later = false;
    for (let k = i + 1; k < pq.words.length; k++) if (known.has(k)) later = true;
    if (!later) topics.add(w);
  });
  const orgRuns = organisationRuns(rawText, caps, lex);
  const names: string[] = [];
  const weakNames: string[] = [];
  const seenNames = new Set<string>();
  for (const w of unknown) {
    const f = foldText(w);
    if (seenNames.has(f)) continue;
    // A capitalised ordinary word ("the Secretariat", "Member States") is formal style, not a
    // sure name: weak, like a word only the dictionary misses.
    const capsName = caps.has(f) && !isDictionaryWord(f);
    const orgRun = caps.has(f) ? orgRuns.find((r) => r.words.includes(f)) : undefined;
    const inOrgName = orgRun !== undefined;
    const strong = shouted.has(w) || shoutedFolded.has(f) || topics.has(f) || capsName || inOrgName;
    if (strong || (!lex.filler.has(f) && nameLike(f, caps))) {
      seenNames.add(f);
      // Shown as typed: "the United Nations Development Programme", not "development".
      if (orgRun) {
        if (names.includes(orgRun.text)) continue;
        for (const x of orgRun.words) seenNames.add(x);
        names.push(orgRun.text);
        continue;
      }
      names.push(w);
      // A lowercase word no dictionary holds may be a name or chat shorthand ("mgmt"): weak.
      if (!strong) weakNames.push(w);
    }
  }
  // "south sudan": names typed next to each other are one name. (Not two acronyms typed in
  // capitals: "le PAM (WFP)", "WFP, IOM" are two names, or one name twice.)
  const capitalsTyped = new Set(typedInCapitals.map((a) => foldText(a)));
  const isShouted = (n: string) => capitalsTyped.has(foldText(n));
  for (let i = names.length - 1; i > 0; i--) {
    const a = pq.words.indexOf(foldText(names[i - 1] as string));
    const b = pq.words.indexOf(foldText(names[i] as string));
    if (
      a >= 0 &&
      b === a + 1 &&
      !(isShouted(names[i - 1] as string) && isShouted(names[i] as string))
    ) {
      names[i - 1] = `${names[i - 1]} ${names[i]}`;
      const weak = weakNames.indexOf(names[i] as string);
      if (weak >= 0) weakNames.splice(weak, 1);
      names.splice(i, 1);
    }
  }
  // A name typed in capitals is shown as typed.
  for (let i = 0; i < names.length; i++) {
    const typed = [...shouted].find((a) => foldText(a) === foldText(names[i] as string));
    if (typed) {
      const w = weakNames.indexOf(names[i] as string);
      if (w >= 0) weakNames[w] = typed;
      names[i] = typed;
    }
  }
  return { names, weakNames };
}

/**
 * "le BRSSG-VSC (OSRSG-SVC)": a name followed by a known acronym in brackets is that record's
 * name in another form, not a name the knowledge lacks; its words leave the unknown ones.
 */
export function dropBracketGlossed(
  unknown: string[],
  rawText: string,
  inKeys: (compacted: string) => boolean,
): void {
  if (unknown.length === 0 || !rawText.includes("(")) return;
  const glossed = new Set<string>();
  for (const m of rawText.matchAll(BRACKET_GLOSS)) {
    if (!inKeys(foldText(m[2] as string).replace(/[^a-z0-9]+/g, ""))) continue;
    for (const w of foldText(m[1] as string).split(/[^a-z0-9]+/)) if (w) glossed.add(w);
  }
  if (glossed.size === 0) return;
  const keep = unknown.filter(
    (u) =>
      !foldText(u)
        .split(/[^a-z0-9]+/)
        .every((w) => !w || glossed.has(w)),
  );
  unknown.splice(0, unknown.length, ...keep);
}
