// One question → one Answer. Every word gets a role (intent.ts, search.ts), the question type
// comes from the weighed cues, the named records' composer answers, the best facts lead where the
// question asks about one fact, and refusals say why (a code) and which words were unexplained.
import type { KnowledgeRecord } from "../knowledge/model.js";
import { answersWhen, asked, refuseResults } from "./asks.js";
import { answerClaim } from "./claim-stage.js";
import { type Draft, nameFor, ref, theName } from "./compose/common.js";
import { allLinks, overview, resources } from "./compose/links.js";
import { composeAnswer } from "./compose-answer.js";
import { questionContext } from "./composer-context.js";
import { type Core, MIN_CONFIDENCE } from "./core.js";
import { countOrList } from "./count-or-list.js";
import { eachAcronym } from "./each-acronym.js";
import { eitherOr } from "./either-or.js";
import { explainAnswer } from "./explain.js";
import { bestFacts, factDraft, factsBeyond } from "./fact-answer.js";
import { withLeadingFact } from "./fact-lead.js";
import type { ScoredFact } from "./fact-score.js";
import { greeting } from "./greetings.js";
import { parseQuestion } from "./intent.js";
import { kindAsked } from "./kind-asked.js";
import { kindLed } from "./kind-led.js";
import { inClass, message } from "./lexicon/lexicon.js";
import { linkMeansRelation } from "./link-or-relation.js";
import { membersRoll } from "./membership-roll.js";
import { withNameInLanguage } from "./name-in-language.js";
import { turnedRound } from "./negated-claim.js";
import { foldText, withTrailing } from "./normalize.js";
import { oneRecordTwoNames } from "./one-record.js";
import { unheldOwnedThing } from "./owned-unheld.js";
import { ownerClaim } from "./owner-claim.js";
import { partnersAt } from "./partners-at.js";
import { unheldPlaces } from "./places-asked.js";
import { unheldPlural } from "./plural-asked.js";
import {
  hasPronoun,
  onlyPossessive,
  otherReferent,
  statementAsked,
  subjectOf,
} from "./question-context.js";
import { fromRegistry } from "./relations-asked.js";
import { unlinkedRole } from "./role-in.js";
import { withSubject } from "./role-referent.js";
import { scopeAsked } from "./scope-asked.js";
import { type SearchResult, search } from "./search.js";
import { onlySetAside } from "./set-aside.js";
import { rawTokens } from "./tokens.js";
import type { Answer, AskOptions, Intent, RefusalReason } from "./types.js";
import { answerUncomposed } from "./uncomposed.js";
import { unheldPart } from "./unheld-part.js";
import { unheldState } from "./unheld-state.js";
import { unheldUnit } from "./unit-asked.js";
import { unknownSubject } from "./unknown-subject.js";
import { whoseFact } from "./whose.js";
import { unheldYear } from "./year-asked.js";
import { answerYesNo } from "./yes-no.js";

/** Question types about what a piece of work has: its purpose, its status, its partners. */
const ACTIVITY_ASKS = new Set<Intent>(["purpose", "status", "partners", "lead"]);

/** A word in lowercase at the start of a text (a module constant: esbuild builds `\p{…}` literals where they stand). */
const LOWER_START = /^\p{Ll}(?=\p{Ll}+\b)/u;

export function answerOne(
  core: Core,
  raw: string,
  text: string,
  context: string,
  opts: AskOptions = {},
): Answer {
  const { lex, asm, model } = core;
  const pq = parseQuestion(text, core.knows, lex, core.isName, core.inNamePhrase);
  const normalized = pq.folded;
  const lang = pq.lang;
  let res: SearchResult | undefined;
  let facts: ScoredFact[] = [];
  const done = (a: Answer, why = ""): Answer => {
    const out: Answer = { ...a, lang };
    if (res && res.unknown.length > 0) out.unexplained = res.unknown;
    if (opts.explain) {
      const decision = why || (a.answered ? "answered" : `refused: ${a.reason ?? ""}`);
      out.explain = explainAnswer(pq, res, facts, decision);
    }
    return out;
  };
  const refuse = (why: string, reason: RefusalReason, recs: readonly KnowledgeRecord[] = []) =>
    done(asm.refuse(raw, normalized, pq.intent, why, reason, recs, res?.confidence ?? 0));
  // A claim that denies a relation is answered the other way round (negated-claim.ts).
  const negated = pq.negated;
  // (A composer's headline given as a message is written in the question's language here.)
  const said = (d: Draft): Draft => {
    // (A message that opens with a name in lowercase, "étude exploratoire…", starts a sentence.)
    const out = d.say
      ? {
          ...d,
          headline: message(lex, d.say.id, lang, d.say.vars).replace(LOWER_START, (c) =>
            c.toUpperCase(),
          ),
        }
      : d;
    return negated ? turnedRound(out, pq.allWords, lex, lang) : out;
  };
  const answer = (d: Draft, confidence: number, why = "") =>
    done(asm.fromDraft(raw, normalized, said(d), confidence), why);

  const hello = greeting(rawTokens(foldText(text)), lex, lang, core.knows);
  if (hello) {
    // A greeting or thanks is answered: the reply is what the person asked for.
    const a = asm.base(raw, normalized, "help", hello);
    return done({ ...a, answered: true, suggestions: asm.helpSuggestions().slice(0, 3) });
  }
  if (pq.words.length === 0) return refuse(message(lex, "empty", lang), "empty");
  res = search(pq, core.index, text, lex);
  const recsOf = (ids: readonly { doc: { id: string } }[]) =>
    ids.map((m) => model.byId.get(m.doc.id)).filter((r): r is KnowledgeRecord => !!r);
  const ranked = recsOf(res.ranked);
  const scope = scopeAsked(core, pq, res, text);
  if (scope) {
    return refuse(message(lex, `scope_${scope}`, lang), "out_of_scope", recsOf(res.mentions));
  }
  const asks = asked(lex, pq.words);
  if (
    linkMeansRelation(
      pq,
      asks,
      res.mentions.map((m) => m.doc.id),
      lex,
      core.isName,
    )
  ) {
    asks.delete("link");
    pq.intent = "role";
    pq.flag = "relation";
  }
  const bareLinks =
    pq.intent === "resources" && res.mentions.length === 0 && res.query.length === 0;
  // "Is the scoping study public? link?": a bare ask after another question asks about its subject.
  const asksOfBefore =
    bareLinks && context && /\?\s*$/.test(text) ? subjectOf(core, context) : undefined;
  if (asksOfBefore) return answerOne(core, raw, withSubject(core, text, asksOfBefore), "", opts);
  if (pq.intent === "help" || pq.intent === "overview" || bareLinks) {
    if (res.mentions.length === 0 || pq.intent === "help") {
      const d =
        pq.intent === "resources"
          ? allLinks(model)
          : overview(model, pq.intent === "help" ? "help" : "overview");
      if (d) return { ...answer(d, 1), suggestions: asm.helpSuggestions() };
    }
    pq.intent = "definition";
  }
  // A name the knowledge does not hold, as the subject: say which word.
  const { strongNames: strongUnknown, blocking, leading } = unknownSubject(pq, res, lex);
  // "is wfp doing anything on sea?": in a claim, a short lowercase word no dictionary holds,
  // before every record named, is an acronym typed in lowercase — the subject it lacks.
  const strongNames = pq.yesNo
    ? [
        ...strongUnknown,
        ...leading.filter((n) => /^[a-z]{2,6}$/.test(n)).map((n) => n.toUpperCase()),
      ]
    : strongUnknown;
  if (blocking.length > 0 && !(pq.yesNo && res.mentions.length > 0)) {
    const name = blocking.join(", ");
    return refuse(message(lex, "unknown_name", lang, { name }), "unknown_name", ranked.slice(0, 3));
  }
  // "Is OHCHR part of it?", "Le HCDH en fait-il partie ?": the other record is the context's.
  const other = context ? otherReferent(core, pq, res, context) : undefined;
  // (Named before the question mark, which is what makes "Le HCDH en fait-il partie ?" a question.)
  if (other) return answerOne(core, raw, withTrailing(text, ` ${other}`), "", opts);
  // A record named in full (every word of one of its names) is the subject however many other
  // words a long, formal request wraps around it.
  const fullyNamed = (res.mentions[0]?.fullKeys.length ?? 0) > 0 && res.confidence >= 0.3;
  if (res.mentions.length === 0 || (res.confidence < MIN_CONFIDENCE && !fullyNamed)) {
    // "…and what does it do?": the subject is the record the context before the question names.
    // "…found the arrangements ineffective. Is that right?": the statement it is about.
    const about = statementAsked(pq, res, context);
    if (about) return answerOne(core, raw, `${about} — ${text}`, "", opts);
    const subject = context
      ? subjectOf(core, context, {
          activity: ACTIVITY_ASKS.has(pq.intent) || asks.has("when"),
          possessive: onlyPossessive(pq.allWords),
          pronoun: hasPronoun(pq.allWords),
        })
      : undefined;
    if (subject) return answerOne(core, raw, withSubject(core, text, subject), "", opts);
    if (res.query.length >= 2)
      facts = bestFacts(core, ranked.slice(0, 8), { tokens: res.query }, pq.intent, []);
    const top = facts[0];
    if (top && top.coverage >= 0.6 && top.matched.length >= 2 && !asks.has("results")) {
      return answer(
        factDraft(core, pq.intent, top, facts),
        0.5 + 0.4 * top.coverage,
        "answered from the best fact",
      );
    }
    const reason = res.mentions.length === 0 ? "no_match" : "low_confidence";
    return refuse(message(lex, "refusal", lang), reason, ranked.slice(0, 3));
  }
  if (asks.has("when") && pq.intent !== "status" && pq.intent !== "history") pq.intent = "status";
  const { ctx, aside } = questionContext(core, pq, res, asks.has("count"));
  const first = ctx.named[0]?.rec as KnowledgeRecord;
  const recs = [first, ...ranked];
  // "Isn't the PoC concept a DPPA document?": whose it is, before any link it may lack.
  const ownership = ownerClaim(core, ctx, raw);
  if (ownership)
    return answer(
      answerYesNo(ownership, lex, lang, { unknownNames: [], confirmed: false }),
      res.confidence,
    );
  // People, roles as data, contacts and registry relations first; then the organisation composers.
  let d = fromRegistry(ctx, text) ?? composeAnswer(ctx);
  // "Spell out IACG-MA and MARA": each acronym named gets its expansion.
  if (d && (pq.intent === "acronym" || pq.intent === "short_name")) d = eachAcronym(ctx, d);
  const composed = d !== undefined;
  const lacking = unheldPart(core, ctx, asks, res.unknown);
  if (lacking) return refuse(lacking, "missing_fact", recs);
  const noRole = unlinkedRole(core, ctx);
  if (noRole) return refuse(noRole, "missing_fact", recs);
  if (asks.has("results")) {
    const r = refuseResults(ctx, lex, d);
    if (r.kind === "refuse") return refuse(r.text, r.reason, recs);
  }
  if (asks.has("when") && d && !answersWhen(pq.words, d)) {
    const name = d.primary ? theName(d.primary) : theName(first);
    return refuse(message(lex, "no_date", lang, { name }), "no_date", recs);
  }
  // "List all members of X", "who's on X": a group's list is what the source names, not a roll.
  const roll = membersRoll(ctx, pq, lex, d?.intent) ?? partnersAt(core, ctx);
  if (roll) return refuse(roll, "missing_fact", recs);
  // The kind of record a "which X" question asks for ("which network", "quel groupe"), if any.
  const kinds = kindAsked(pq.words, lex);
  let namedBits = 0;
  for (const m of res.mentions) namedBits |= m.keyBits;
  // The question's words beyond the names it uses: what it says about them.
  const beyond = res.query.filter((_, i) => (namedBits & (1 << i)) === 0);
  if (asks.has("count") || asks.has("list")) {
    const r = countOrList(core, ctx, d, asks.has("count"), beyond);
    if (r.kind === "refuse") return refuse(r.text, r.reason, recs);
    d = r.draft;
  }
  const { rest, records, facts: onPoint } = factsBeyond(core, ctx, res, d, namedBits);
  facts = onPoint;
  const top = facts[0];
  // A fact leads when it holds most of what the answer leaves out, and more than one stray word.
  const strong =
    !!top &&
    (rest.length > 0 || records.length > 0) &&
    top.coverage >= 0.5 &&
    top.matched.length >= 2;
  // ("Is DPPA one of the entities DPO coordinates with?": the kind of body named says nothing more.)
  // ("Is the GFP being audited?": a state no word of the knowledge names is no confirmed claim.)
  let confirmed =
    d !== undefined &&
    !unheldState(core, pq, res, ctx.named) &&
    rest.every(
      (q) =>
        lex.kindWords.has(q.word) ||
        inClass(lex, "kind_plurals", q.word) ||
        inClass(lex, "prepositions", q.word),
    );
  if (!d) {
    const r = answerUncomposed(core, { pq, ctx, res, ranked, facts, strong, kinds, beyond });
    if (r.kind === "refuse") return refuse(r.text, r.reason, recs);
    d = r.draft;
    facts = r.facts;
    confirmed = r.confirmed;
  } else if (top) {
    const led = withLeadingFact(core, pq, d, top, facts, {
      strong,
      counting: asks.has("list") || asks.has("count"),
    });
    d = led.draft;
    confirmed = led.confirmed ?? confirmed;
  }
  // "Whose expertise does the JCS draw on?": the fact naming the owner leads.
  const owner = d.answered !== false && !d.correction ? whoseFact(core, ctx) : undefined;
  if (owner)
    d = {
      ...factDraft(core, pq.intent, { fact: owner, score: 1, coverage: 1, matched: [] }, []),
      facts: d.facts.slice(0, 1),
    };
  if (kinds && d.answered !== false) d = kindLed(core, ctx, d, facts, kinds) ?? d;
  // "Besides Liberia, which other countries…": the one the question sets aside is no answer.
  // (The record set aside was found once, before the subject was chosen.)
  if (aside && onlySetAside(ctx, d, aside)) {
    return refuse(
      message(lex, "no_other", lang, { name: nameFor(aside, lang) }),
      "missing_fact",
      recs,
    );
  }
  // "Which peacekeeping missions…": things of a sort the knowledge holds nothing of.
  const unheld =
    d.answered !== false
      ? (unheldYear(core, ctx, [d.headline, ...d.facts.map((f) => f.value)].join(" ")) ??
        unheldPlaces(core, ctx) ??
        unheldPlural(core, ctx) ??
        unheldUnit(ctx, lex, d) ??
        unheldOwnedThing(core, ctx, res))
      : undefined;
  if (unheld) return refuse(unheld, "missing_fact", recs);
  if (asks.has("link") && d.links.length === 0) {
    // The links composer may find them where the answer's own composer did not look.
    const withLinks = resources(ctx);
    if (withLinks) return answer(withLinks, res.confidence);
    return refuse(
      message(lex, "no_link", lang, {
        name: first.type === "activity" ? `the ${first.name}` : ref(first).label,
      }),
      "no_link",
      recs,
    );
  }
  if (pq.yesNo) {
    // "… about CRSV or SEA?": the one of the two the knowledge links to the subject.
    // "DPKO and DPO are two separate departments, right?": one record's two names.
    const same = oneRecordTwoNames(core, ctx, res);
    if (same)
      return answer(
        answerYesNo(same, lex, lang, { unknownNames: [], confirmed: false }),
        res.confidence,
      );
    const choice = eitherOr(core, ctx);
    if (choice) return answer(choice, res.confidence);
    const r = answerClaim(core, {
      pq,
      res,
      ctx,
      d,
      text,
      composed,
      confirmed,
      strongNames,
      beyond,
    });
    if (r.kind === "refuse") return refuse(r.text, r.reason, recs);
    d = r.draft;
  }
  return answer(withNameInLanguage(ctx, d), res.confidence);
}
