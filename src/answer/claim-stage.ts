// The yes/no stage of answering: a claim ("UNMAS chairs the IACG-MA, right?") is checked
// against the knowledge before the answer says "Yes" or "No — …"; a claim about a name or a
// figure the knowledge lacks is refused, saying which.

import { checkClaim } from "./claim.js";
import { countClaim } from "./claim-counts.js";
import type { ClaimInput, ClaimOutcome } from "./claim-input.js";
import { saysTopic, setAgainstClaim, unrecordedReason } from "./claim-scope.js";
import { definition } from "./compose/card.js";
import { capitalize, handle, nameFor, theName } from "./compose/common.js";
import type { Named } from "./compose/context.js";
import { naming } from "./compose/names.js";
import type { Core } from "./core.js";
import { endClaimed } from "./end-claim.js";
import { bestFacts } from "./fact-answer.js";
import { inClass, message } from "./lexicon/lexicon.js";
import { narrowedRemit } from "./narrowed-remit.js";
import { foldText, withoutAccents } from "./normalize.js";
import { isPlace } from "./places.js";
import { ANOTHER, recordedNo } from "./recorded-no.js";
import { answerYesNo } from "./yes-no.js";

/** Question types a claim of what a record's work is can come as (not links, names, dates). */
const REMIT_INTENTS = new Set<string>(["definition", "role", "purpose", "example", "status"]);

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
  // "I heard the Office of the Special Coordinator has been shut down. Is that true?": an end no
  // fact records is neither confirmed nor denied.
  const ended = endClaimed(core, pq.words, ctx.named.slice(0, 3));
  if (ended && first)
    return {
      kind: "refuse",
      text: message(lex, "no_end", lang, { name: nameFor(first, lang), change: ended }),
      reason: "missing_fact",
    };
  // A value the knowledge gives in full (an activity's partners, an acronym's expansion, a chair,
  // where a record sits): a name it lacks there makes the claim false, not unknown.
  const completeList =
    (d.primary?.type === "activity" &&
      ["partners", "lead", "members", "coordinate"].includes(d.intent)) ||
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
  // Names the knowledge lacks that a list stated in full rules out ("done with WFP", "with the
  // World Bank", "Pramila Patten leads it"): the claim's "no" names them.
  const ruledOut = completeList
    ? [
        ...acronyms,
        ...proper
          .filter((n) => n.includes(" ") && !isPlace(n, lex))
          .map((n) => n.replace(/(^|\s)(\p{L})/gu, (_, s, c) => `${s}${c.toUpperCase()}`)),
      ]
    : acronyms;
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
      : recordedNo(core, ctx, pq, input.beyond, proper, strongNames);
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
          !n
            .split(" ")
            .some(
              (w) =>
                lex.kindWords.has(w.toLowerCase()) ||
                inClass(lex, "organisation_words", foldText(w)),
            ),
      );
    return {
      kind: "refuse",
      text: person
        ? message(lex, "scope_person", lang)
        : message(lex, "unknown_name", lang, { name: proper.join(", ") }),
      reason: person ? "out_of_scope" : "unknown_name",
    };
  }
  // A claim resting on a figure: checked against the list the answer or a fact spells out.
  const { figures, outcome } = countClaim(core, input);
  if (outcome) return outcome;
  if (!d.correction && !completeList && figures.length > 0) {
    const name = d.primary ? theName(d.primary) : first ? theName(first) : "that";
    return {
      kind: "refuse",
      text: message(lex, "no_claim", lang, { name }),
      reason: "missing_fact",
    };
  }
  // "DPKO = Department of Political Affairs, right?": the acronym typed first is what the claim
  // is about; a name after it that is another record's is no expansion of it.
  const crossed =
    (d.intent === "acronym" || d.intent === "short_name") && !d.correction
      ? crossedExpansion(ctx)
      : undefined;
  if (crossed) {
    const { subject, other } = crossed;
    const own = naming(
      { ...ctx, named: [subject, ...ctx.named.filter((n) => n !== subject)] },
      subject.rec,
    );
    // (A former acronym stands for the former name it came with: "DPKO", the Department of
    // Peacekeeping Operations, now DPO.)
    const former =
      subject.key.source === "former_acronym" && "former_names" in subject.rec
        ? subject.rec.former_names?.find((f) => (f.acronyms ?? []).includes(subject.key.text))
        : undefined;
    const says = former
      ? `${subject.key.text} stands for ${former.name} (now ${handle(subject.rec)}).`
      : `${subject.key.text} stands for ${"name" in subject.rec ? subject.rec.name : handle(subject.rec)}.`;
    return {
      kind: "draft",
      draft: answerYesNo(
        {
          ...own,
          headline: says,
          correction: `No: ${says} ${capitalize(theName(other.rec))} is ${handle(other.rec)}.`,
        },
        lex,
        lang,
        { unknownNames: [], confirmed: false },
      ),
    };
  }
  // "The IACG-MA only deals with funding, true?": narrowed to what its facts never say, it is no;
  // what it does (the answer composed, or its card) is the correction. Only of a body or piece
  // of work named alone: "DPKO was basically a bystander on the study" claims a relation.
  const doers = ctx.named.filter(
    (n) => n.at >= 0 && (n.rec.type === "entity" || n.rec.type === "activity"),
  );
  const narrowed = doers.length === 1 ? doers[0]?.rec : undefined;
  if (
    narrowed &&
    !d.correction &&
    REMIT_INTENTS.has(pq.intent) &&
    narrowedRemit(core, pq, narrowed)
  ) {
    const body = d.primary?.id === narrowed.id ? d : definition(ctx, narrowed);
    return {
      kind: "draft",
      draft: answerYesNo({ ...body, correction: `No: ${body.headline}` }, lex, lang, {
        unknownNames: [],
        confirmed: false,
      }),
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
    unknownNames: ruledOut,
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
      text: check.change
        ? message(lex, "no_change", lang, {
            name: d.primary ? nameFor(d.primary, lang) : check.text,
            change: check.change,
          })
        : message(lex, id, lang, { name: check.text }),
      reason: check.reason,
    };
  }
  return {
    kind: "draft",
    draft: answerYesNo(check.draft, lex, lang, {
      unknownNames: completeList ? ruledOut : [],
      confirmed: check.confirmed,
    }),
  };
}

/** A record named by its acronym, then another named by its name after it: a crossed expansion. */
function crossedExpansion(ctx: ClaimInput["ctx"]): { subject: Named; other: Named } | undefined {
  const byAcronym = ctx.named
    .filter((n) => n.at >= 0 && (n.key.source === "acronym" || n.key.source === "former_acronym"))
    .sort((a, b) => a.at - b.at)[0];
  if (!byAcronym) return undefined;
  const other = ctx.named.find(
    (n) =>
      n.rec.id !== byAcronym.rec.id &&
      n.at > byAcronym.at &&
      (n.key.source === "name" || n.key.source === "alias" || n.key.source === "former"),
  );
  return other ? { subject: byAcronym, other } : undefined;
}
