// Clause forms read before the cues are weighed: a participle joined to a name that only
// describes a noun ("the DPO-led exercise"), a request for a relative clause's noun ("indicate the
// country in which…"), and the head of a cleft ("c'est le DOP qui…"), whose relative is asked.
import { alternation, classOf, inClass, type Lexicon, lexiconPattern } from "./lexicon/lexicon.js";
import { foldText } from "./normalize.js";

/** The head of a cleft sentence up to its relative word ("c'est le DOP qui", "is it DPO that"). */
export const CLEFT =
  /\b(?:c est|ce sont|est ce|is it|it is|was it|it was)\s+(?:\w+\s+){1,4}(?:qui|que|who|that)\s*$/;

/** Every use of a participle, and its uses joined to a word before a noun (built once each). */
const spoken = (lex: Lexicon, p: string) =>
  lexiconPattern(lex, `participle:${p}`, () => new RegExp(`\\b${p}\\b`, "g"));
const describedBy = (lex: Lexicon, p: string) =>
  lexiconPattern(
    lex,
    `joined-participle:${p}`,
    () =>
      new RegExp(
        `\\b(?!co-)\\w+-${p}\\s+(?!(?:${alternation(lex, "said_particles")})\\b)(?=[a-z])`,
        "g",
      ),
  );

/**
 * "the DPO-led MARA exercise", "le groupe UNMAS-présidé": a participle joined to a name before a
 * noun describes that noun and asks nothing. Those typed only so are hidden from the cues.
 */
export function describingOnly(text: string, lex: Lexicon): string[] {
  if (!text.includes("-")) return [];
  const folded = foldText(text);
  const out: string[] = [];
  for (const p of classOf(lex, "describing_participles")) {
    if (!folded.includes(`-${p}`)) continue;
    const all = folded.match(spoken(lex, p))?.length ?? 0;
    // (Not "co-chaired by", "UNICEF-led, right": a participle before "by" or a particle is said.)
    const joined = folded.match(describedBy(lex, p))?.length ?? 0;
    if (joined > 0 && joined === all) out.push(p);
  }
  return out;
}

/**
 * "Kindly indicate the country in which the partners ran a programme": a request for the noun of a
 * relative clause asks "in which country…". Read so, the clause's words are the question's, not a
 * description of what is named. (French: "le pays dans lequel" → "dans quel pays".)
 */
export function relativeAsked(words: string[], lex: Lexicon): string[] {
  for (let i = 0; i + 3 < words.length; i++) {
    const [art, noun, prep, rel] = words.slice(i, i + 4) as [string, string, string, string];
    if (!inClass(lex, "articles", art)) continue;
    // (Only a noun for a kind of record or a place: "the frequency with which it meets" asks a
    // frequency, which no record is.)
    const singular = noun.replace(/s$/, "");
    if (
      !lex.kindWords.has(noun) &&
      !lex.kindNouns.has(singular) &&
      !inClass(lex, "place_nouns", noun) &&
      !inClass(lex, "unit_nouns", noun)
    )
      continue;
    if (!inClass(lex, "prepositions", prep)) continue;
    const french = inClass(lex, "relative_pronouns", rel);
    if (rel !== "which" && !french) continue;
    const before = words[i - 1] ?? "";
    const verb = inClass(lex, "request_verbs", before)
      ? before
      : /^(?:me|us|moi|nous)$/.test(before)
        ? (words[i - 2] ?? "")
        : "";
    if (i > 0 && !inClass(lex, "request_verbs", verb)) continue;
    return [...words.slice(0, i), prep, french ? "quel" : "which", noun, ...words.slice(i + 4)];
  }
  return words;
}
