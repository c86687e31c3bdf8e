// The yes/no stage of answering: a claim ("UNMAS chairs the IACG-MA, right?") is checked
// against the knowledge before the answer says "Yes" or "No — …"; a claim about a name or a
// figure the knowledge lacks is refused, saying which.

import { countLine, countWord } from "./asks.js";
import type { QueryToken } from "./candidate-index.js";
import { checkClaim } from "./claim.js";
import { saysTopic, setAgainstClaim, unrecordedReason } from "./claim-scope.js";
import { definition } from "./compose/card.js";
import { type Draft, handle, nameFor, records, theName } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import { listDraft, listedFact } from "./enumeration.js";
import { bestFacts } from "./fact-answer.js";
import type { ParsedQuestion } from "./intent.js";
import { inClass, message } from "./lexicon/lexicon.js";
import { withoutAccents } from "./normalize.js";
import { isPlace } from "./places.js";
import { ANOTHER, recordedNo } from "./recorded-no.js";
import type { SearchResult } from "./search.js";
import type { RefusalReason } from "./types.js";
import { answerYesNo } from "./yes-no.js";

/** Words before a number that make it a place in a document, not a figure ("para 2"). */
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

export interface ClaimInput {
  pq: ParsedQuestion;
  res: SearchResult;
  ctx: Ctx;
  /** The composer's (or the best fact's) answer to the question the claim stands for. */
  d: Draft;
  text: string;
  /** A composer answered (not only a fact or a card). */
  composed: boolean;
  /** The answer already says all the question's words. */
  confirmed: boolean;
  /** Names the knowledge lacks, typed as names (acronyms, capitalised words). */
  strongNames: readonly string[];
  /** The question's words beyond the names it uses. */
  beyond: readonly QueryToken[];
}

export type ClaimOutcome =
  | { kind: "draft"; draft: Draft }
  | { kind: "refuse"; text: string; reason: RefusalReason };

export function answerClaim(core: Core, input: ClaimInput): ClaimOutcome {
  const { pq, res, ctx, d, strongNames } = input;
  const { lex } = core;
  const lang = pq.lang;
  // The composer found the claimed relation is one the knowledge does not hold for the subject
  // (no lead, nowhere it sits): neither yes nor no, whatever else the claim names.
  if (d.answered === false)
    return {
      kind: "draft",
      draft: answerYesNo(d, lex, lang, { unknownNames: [], confirmed: false }),
    };
  const first = ctx.named[0]?.rec;
  // A value the knowledge gives in full (an activity's partners, an acronym's expansion, a chair,
  // where a record sits): a name it lacks there makes the claim false, not unknown.
  const completeList =
    (d.primary?.type === "activity" && ["partners", "lead", "members"].includes(d.intent)) ||
    ["acronym", "short_name", "chair", "part_of", "history"].includes(d.intent) ||
    // A group has one chair: "led by UNDP" is a no when the knowledge names its chair.
    (d.intent === "lead" &&
      !!first &&
      (core.model.relations.members.get(first.id) ?? []).some((m) => m.role === "chair")) ||
    // A topic has one coordinator: "mine action's coordinator is UNDP" is a no when it names one.
    (d.intent === "coordinate" &&
      first?.type === "term" &&
      d.primary?.type === "entity" &&
      (d.primary.roles ?? []).some((r) => /^(?:the )?coordinator (?:for|of)\b/i.test(r)));
  const acronyms = strongNames.filter((n) => /^[A-Z0-9][A-Z0-9-]+$/.test(n));
  // A proper name the knowledge lacks ("Sierra Leone", "Pramila Patten") is a subject it
  // cannot speak to: refused, where a lacking ordinary word ("border management") is a "no".
  const proper = [...strongNames, ...res.weakNames].filter(
    (n) =>
      !acronyms.includes(n) &&
      // (Accents aside: "Haïti" is typed as the name "haiti".)
      new RegExp(`\\b${n.split(" ")[0]?.replace(/^./, (c) => c.toUpperCase())}\\b`).test(
        withoutAccents(input.text, "NFD"),
      ),
  );
  // "… because the Security Council asked it to, right?": a reason no fact gives is not confirmed.
  const reason = unrecordedReason(core, ctx, pq);
  if (reason)
    return {
      kind: "refuse",
      text: message(lex, "no_reason", lang, { name: nameFor(reason, lang) }),
      reason: "missing_fact",
    };
  // A fact the knowledge records that the claim contradicts: "No — " and that fact.
  // (Not when the composer's own headline already says no: "No: the study … is ongoing.")
  const no =
    d.correction || /^(?:No|Non)[:,]/.test(d.headline)
      ? undefined
      : recordedNo(core, ctx, pq, input.beyond, proper);
  if (no)
    return {
      kind: "draft",
      draft: answerYesNo({ ...d, correction: `No: ${no}` }, lex, lang, {
        unknownNames: [],
        confirmed: false,
      }),
    };
  if (proper.length > 0 && !completeList) {
    // Two capitalised words are a person ("Pramila Patten"), unless one says what body it is
    // or is a place ("Sierra Leone").
    const person =
      !core.holds.people &&
      proper.some(
        (n) =>
          n.includes(" ") &&
          !isPlace(n, lex) &&
          !n.split(" ").some((w) => lex.kindWords.has(w.toLowerCase())),
      );
    return {
      kind: "refuse",
      text: person
        ? message(lex, "scope_person", lang)
        : message(lex, "unknown_name", lang, { name: proper.join(", ") }),
      reason: person ? "out_of_scope" : "unknown_name",
    };
  }
  // A claim resting on a figure the knowledge does not give ("runs 30 programmes") cannot be
  // confirmed. (Unknown ordinary words cannot decide it: most are paraphrases.)
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
  if (!d.correction && counted && listed.length > 1 && asNumber(counted) === listed.length)
    return {
      kind: "draft",
      draft: answerYesNo(d, lex, lang, { unknownNames: [], confirmed: true }),
    };
  if (!d.correction && counted && listed.length > 1 && asNumber(counted) !== listed.length)
    return {
      kind: "draft",
      draft: answerYesNo(
        { ...d, correction: `No: ${countLine(lex, lang, listed.map(handle))}` },
        lex,
        lang,
        { unknownNames: [], confirmed: false },
      ),
    };
  // "I heard there are three SEA resource links": a count of the links the answer gives.
  // (Read from all the words: a figure the answer shows is dropped from the figures checked.)
  // ("One link", "a single link": "one" counts only right before the noun; "one of" does not.)
  const linkCount = pq.words.find(
    (w, i) =>
      ((/^\d+$/.test(w) || NUMBER_WORDS.has(w)) && countsA(w, "address_words")) ||
      (ONE.test(w) && isNoun(pq.words[i + 1] ?? "", "address_words")),
  );
  if (!d.correction && linkCount && d.links.length > 0) {
    const same = asNumber(linkCount) === d.links.length;
    const line = countLine(
      lex,
      lang,
      d.links.map((l) => l.title),
    );
    return {
      kind: "draft",
      draft: answerYesNo(same ? d : { ...d, correction: `No: ${line}` }, lex, lang, {
        unknownNames: [],
        confirmed: same,
      }),
    };
  }
  // "There are nine aspects of GFP work listed, correct?": a count of the list a fact about the
  // named records spells out is checked against that list ("Yes — Nine: assessments, …").
  const inFact =
    !d.correction && figures.length > 0 ? countedInFact(core, input, figures) : undefined;
  if (inFact) return { kind: "draft", draft: inFact };
  if (!d.correction && !completeList && figures.length > 0) {
    const name = d.primary ? theName(d.primary) : first ? theName(first) : "that";
    return {
      kind: "refuse",
      text: message(lex, "no_claim", lang, { name }),
      reason: "missing_fact",
    };
  }
  // "Does JCS stand for Joint Coordination Secretariat?": words its names do not hold make it no.
  if ((d.intent === "acronym" || d.intent === "short_name") && first && !d.correction) {
    const own = new Set(
      core.index.docs[core.index.docById.get(first.id) ?? -1]?.keys.flatMap((k) => k.tokens) ?? [],
    );
    const claimed = [
      ...input.beyond.map((q) => q.token),
      ...res.unknown.map((u) => core.index.analyze(u)[0] ?? u),
    ].filter((t) => !own.has(t) && !lex.stopWords.has(t));
    if (claimed.length > 0)
      return {
        kind: "draft",
        draft: answerYesNo({ ...d, correction: `No: ${d.headline}` }, lex, lang, {
          unknownNames: [],
          confirmed: false,
        }),
      };
  }
  const unexplained = res.unknown.filter((u) => !res.names.includes(u) && u.length >= 4).length;
  // "about CRSV, not SEA": a record set against the claim is not what it claims.
  const setAgainst = (n: { at: number }) => setAgainstClaim(lex, pq, ctx, n);
  const named = ctx.named.filter((n) => !setAgainst(n)).map((n) => n.rec);
  // "Did the GFP do something similar in South Sudan too?": whether another exists elsewhere is
  // more than the one recorded can answer.
  const elsewhere = strongNames.find((n) => isPlace(n, lex));
  if (elsewhere && ANOTHER.test(pq.allWords.join(" ")))
    return {
      kind: "refuse",
      text: message(lex, "unknown_name", lang, { name: elsewhere }),
      reason: "unknown_name",
    };
  // "The Liberia programme was basically about demining": the claim is about what it names first.
  const firstNamed = ctx.named
    .filter((n) => n.at >= 0 && n.rec.type !== "entity" && !setAgainst(n))
    .sort((a, b) => a.at - b.at)[0];
  const check = checkClaim(core, d, {
    named,
    ...(firstNamed ? { subject: firstNamed.rec } : {}),
    topical: saysTopic(pq.words, ctx.named, lex),
    words: pq.words,
    unknownNames: acronyms,
    unheld: completeList ? [] : strongNames.filter((n) => !acronyms.includes(n)),
    statesRelation:
      input.composed &&
      (["lead", "chair", "part_of", "coordinate", "example", "acronym", "history"].includes(
        d.intent,
      ) ||
        // An activity's lead, partners and contributors are stated in full.
        (d.primary?.type === "activity" && ["partners", "members"].includes(d.intent))),
    // Two or more words the knowledge never uses ("took over … because … pulled out"): the
    // claim says more than the knowledge can confirm.
    confirmed: input.confirmed && unexplained < 2,
    saysMore: unexplained > 0,
    completeList,
    // The claim's own words beyond the names, whatever the card already says.
    facts: () =>
      bestFacts(
        core,
        named.slice(0, 3),
        { tokens: input.beyond },
        pq.intent,
        named.map((r) => r.id),
      ),
    cardOf: (rec) =>
      definition({ ...ctx, named: [{ rec, key: ctx.named[0]?.key as never, at: -1 }] }, rec),
  });
  if (check.kind === "refuse") {
    const id =
      check.reason === "no_date"
        ? "no_date"
        : check.reason === "unknown_name"
          ? "unknown_name"
          : "no_claim";
    return {
      kind: "refuse",
      text: message(lex, id, lang, { name: check.text }),
      reason: check.reason,
    };
  }
  return {
    kind: "draft",
    draft: answerYesNo(check.draft, lex, lang, {
      unknownNames: completeList ? acronyms : [],
      confirmed: check.confirmed,
    }),
  };
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
