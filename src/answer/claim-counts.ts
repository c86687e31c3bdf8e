// A claim resting on a figure ("with four partners", "three SEA links", "nine aspects listed"):
// checked against the list the answer or a fact about the named records spells out. A figure the
// knowledge does not give ("runs 30 programmes") cannot be confirmed: the caller refuses it.
// (Unknown ordinary words cannot decide a claim: most are paraphrases.)
import { countLine, countWord } from "./asks.js";
import type { ClaimInput, ClaimOutcome } from "./claim-input.js";
import { type Draft, handle, records } from "./compose/common.js";
import type { Core } from "./core.js";
import { listDraft, listedFact } from "./enumeration.js";
import { inClass } from "./lexicon/lexicon.js";
import { answerYesNo } from "./yes-no.js";

const DOC_PLACE =
  /^(?:para|paragraph|page|p|section|item|point|line|slide|q|question|option|annex|part|step|no|number|chapter|article)$/;

/** Number words a claim may state a figure with ("three tiers", "deux programmes"). */
const NUMBER_WORDS = new Map(
  Object.entries({
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    twelve: 12,
    twenty: 20,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
  }),
);
const ONE = /^(?:one|single|un|une|seul|seule)$/;
const asNumber = (w: string): number => (ONE.test(w) ? 1 : (NUMBER_WORDS.get(w) ?? Number(w)));

/** The figures a claim states, and its yes or no when one counts a list the knowledge spells out. */
export function countClaim(
  core: Core,
  input: ClaimInput,
): { figures: readonly string[]; outcome?: ClaimOutcome } {
  const { pq, ctx, d } = input;
  const { lex } = core;
  const lang = pq.lang;
  const shown = [d.headline, ...d.facts.map((f) => f.value), d.correction ?? ""].join(" ");
  // A figure counts something ("30 country programmes"), not a place in a document ("para 2")
  // or a label ("tier 1 of"); the answer holds it as a digit, a word or a list of that length.
  const figures = pq.words.filter(
    (w, i) =>
      (/^\d+$/.test(w) || NUMBER_WORDS.has(w)) &&
      !/^(?:19|20)\d\d$/.test(w) &&
      i + 1 < pq.words.length &&
      !lex.months.has(pq.words[i + 1] as string) &&
      !lex.stopWords.has(pq.words[i + 1] as string) &&
      !DOC_PLACE.test(pq.words[i - 1] ?? "") &&
      !new RegExp(`\\b(?:${w}|${countWord(asNumber(w), "en")})\\b`, "i").test(shown) &&
      ![d.links.length, d.related.length].includes(asNumber(w)),
  );
  // "… with just two partners, right?": a count of the list the answer spells out is checked
  // against it ("No — five: OHCHR, …").
  // (The noun may come a word or two on: "four partner entities", "three SEA resource links".)
  // ("link" itself is no address word: "the link between…" is a connection.)
  const isNoun = (x: string, cls: "partner_nouns" | "address_words") =>
    inClass(lex, cls, x) || (cls === "address_words" && (x === "link" || x === "lien"));
  const countsA = (w: string, cls: "partner_nouns" | "address_words") =>
    pq.words.slice(pq.words.indexOf(w) + 1, pq.words.indexOf(w) + 4).some((x) => isNoun(x, cls));
  const counted = figures.find((w) => countsA(w, "partner_nouns"));
  // The activity the claim names, whichever record the answer is about ("DPO is doing the MARA
  // assessment with four partners").
  const activity =
    d.primary?.type === "activity"
      ? d.primary
      : ctx.named.find((n) => n.rec.type === "activity")?.rec;
  const listed = activity?.type === "activity" ? records(core.model, activity.partners ?? []) : [];
  /** Yes when the figure is the list's length, else no with the count and the list. */
  const checked = (figure: string, items: readonly string[]) => {
    const same = asNumber(figure) === items.length;
    const no = { ...d, correction: `No: ${countLine(lex, lang, items)}` };
    return {
      figures,
      outcome: {
        kind: "draft" as const,
        draft: answerYesNo(same ? d : no, lex, lang, { unknownNames: [], confirmed: same }),
      },
    };
  };
  if (!d.correction && counted && listed.length > 1) return checked(counted, listed.map(handle));
  // "I heard there are three SEA resource links": a count of the links the answer gives.
  // (Read from all the words: a figure the answer shows is dropped from the figures checked.)
  // ("One link", "a single link": "one" counts only right before the noun; "one of" does not.)
  const linkCount = pq.words.find(
    (w, i) =>
      ((/^\d+$/.test(w) || NUMBER_WORDS.has(w)) && countsA(w, "address_words")) ||
      (ONE.test(w) && isNoun(pq.words[i + 1] ?? "", "address_words")),
  );
  if (!d.correction && linkCount && d.links.length > 0)
    return checked(
      linkCount,
      d.links.map((l) => l.title),
    );
  // "There are nine aspects of GFP work listed, correct?": a count of the list a fact about the
  // named records spells out is checked against that list ("Yes — Nine: assessments, …").
  const inFact =
    !d.correction && figures.length > 0 ? countedInFact(core, input, figures) : undefined;
  if (inFact) return { figures, outcome: { kind: "draft", draft: inFact } };
  return { figures };
}

/** The yes or no for a figure that counts a list one of the named records' facts spells out. */
function countedInFact(
  core: Core,
  input: ClaimInput,
  figures: readonly string[],
): Draft | undefined {
  const { pq, ctx } = input;
  const recs = ctx.named.slice(0, 3).map((n) => n.rec);
  const listed = listedFact(
    core,
    recs,
    input.beyond,
    pq.intent,
    ctx.named.map((n) => n.rec.id),
  );
  if (!listed) return undefined;
  // The figure must count the list's own noun ("nine aspects" of a fact on "all key aspects").
  const w = figures.find((f) => {
    const noun = pq.words[pq.words.indexOf(f) + 1] ?? "";
    const stem = core.index.analyze(noun)[0] ?? noun;
    return listed.fact.fact.tokens.has(stem);
  });
  if (!w) return undefined;
  const right = asNumber(w) === listed.items.length;
  const headline = countLine(core.lex, pq.lang, listed.items);
  // (A wrong count is corrected by the count; the list's fact follows it.)
  const d = right
    ? listDraft(core, pq.intent, listed, undefined, headline)
    : { ...listDraft(core, pq.intent, listed, undefined), correction: `No: ${headline}` };
  return answerYesNo(d, core.lex, pq.lang, {
    unknownNames: [],
    confirmed: right,
  });
}
