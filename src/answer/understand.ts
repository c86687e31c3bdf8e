// One question → one Answer. Every word gets a role (intent.ts, search.ts), the question type
// comes from the weighed cues, the named records' composer answers, the best facts lead where the
// question asks about one fact, and refusals say why (a code) and which words were unexplained.
import type { KnowledgeRecord } from "../knowledge/model.js";
import { answerCount, asked, refuseResults } from "./asks.js";
import type { Draft } from "./compose/common.js";
import type { Ctx, Named } from "./compose/context.js";
import { definition } from "./compose/describe.js";
import { example, overview } from "./compose/links.js";
import { type Core, MIN_CONFIDENCE } from "./core.js";
import { explainAnswer } from "./explain.js";
import { bestFacts, factDraft } from "./fact-answer.js";
import type { ScoredFact } from "./fact-score.js";
import { greeting } from "./greetings.js";
import { type ParsedQuestion, parseQuestion } from "./intent.js";
import { message } from "./lexicon/lexicon.js";
import { foldText } from "./normalize.js";
import { QUESTION_TYPES } from "./registry.js";
import { outOfScope } from "./scope.js";
import { type SearchResult, search } from "./search.js";
import { rawTokens } from "./tokens.js";
import type { Answer, AskOptions, Intent } from "./types.js";
import { answerYesNo } from "./yes-no.js";

/** Types about a record's names or links, not about what happened in an example it names. */
const NOT_ABOUT_EXAMPLE = new Set<Intent>(["resources", "acronym", "short_name", "compare", "history"]);
/** Types whose answer is the record's description: a better-matching fact may lead instead. */
const GENERIC = new Set<Intent>(["definition", "role", "purpose"]);
const WHO_FORM =
  /\b(?:who|whom|whose|qui)\b|\b(?:which|what|quel|quelle|quels|quelles) (?:un |other |the )?(?:department|office|agenc|entit|org|organi[sz]ation|bod|unit|service|fund|team|group|network|outfit|actor|partner|structure|bureau|departement)/;

function contextOf(core: Core, pq: ParsedQuestion, res: SearchResult): Ctx {
  const named: Named[] = res.mentions.map((m) => {
    let at = -1;
    res.query.forEach((q, i) => {
      if (m.keyBits & (1 << i) && q.pos !== undefined && (at < 0 || q.pos < at)) at = q.pos;
    });
    return { rec: core.model.byId.get(m.doc.id) as KnowledgeRecord, key: m.key, at };
  });
  const primaryBits = res.mentions[0]?.keyBits ?? 0;
  const residual = res.query.filter((_, i) => (primaryBits & (1 << i)) === 0).map((q) => q.token);
  return { model: core.model, index: core.index, pq, named, residual };
}

function compose(ctx: Ctx): Draft | undefined {
  const rec = ctx.named[0]?.rec as KnowledgeRecord;
  // A question naming a worked example (its title, alias or place) is about that example.
  if (!NOT_ABOUT_EXAMPLE.has(ctx.pq.intent)) {
    const ex = ctx.named.find(
      (n) => n.rec.type === "example" && ["place", "title", "alias"].includes(n.key.source),
    );
    if (ex) return example({ ...ctx, named: [ex, ...ctx.named.filter((n) => n !== ex)] });
  }
  const type = QUESTION_TYPES[ctx.pq.intent as keyof typeof QUESTION_TYPES];
  return (type ?? QUESTION_TYPES.definition).compose(ctx, rec);
}

/** Query words the answer does not yet say, for the fact search. */
function unsaid(core: Core, res: SearchResult, d: Draft | undefined, primaryBits: number) {
  const said = new Set<string>();
  if (d) for (const t of [d.headline, ...d.facts.map((f) => f.value)]) for (const w of core.index.analyzeText(t)) said.add(w);
  return res.query.filter((q, i) => (primaryBits & (1 << i)) === 0 && !said.has(q.token));
}

export function answerOne(
  core: Core,
  raw: string,
  text: string,
  context: string,
  opts: AskOptions = {},
): Answer {
  const { lex, asm, model } = core;
  const pq = parseQuestion(text, core.knows, lex, core.isName);
  const normalized = pq.folded;
  const lang = pq.lang;
  const done = (a: Answer, res?: SearchResult, facts: ScoredFact[] = [], why = ""): Answer => {
    const out: Answer = { ...a, lang };
    if (res && res.unknown.length > 0) out.unexplained = res.unknown;
    if (opts.explain) out.explain = explainAnswer(pq, res, facts, why || (a.answered ? "answered" : `refused: ${a.reason ?? ""}`));
    return out;
  };
  const hello = greeting(rawTokens(foldText(text)), lex, lang);
  if (hello) {
    return done({ ...asm.base(raw, normalized, "help", hello), suggestions: asm.helpSuggestions().slice(0, 3) });
  }
  if (pq.words.length === 0) {
    return done(asm.refuse(raw, normalized, "unknown", message(lex, "empty", lang), "empty", []));
  }
  const scope = outOfScope(pq.words, lex, core.holds);
  const res = search(pq, core.index, text, lex);
  const namedRecs = res.mentions.map((m) => model.byId.get(m.doc.id)).filter((r): r is KnowledgeRecord => !!r);
  const ranked = res.ranked.map((r) => model.byId.get(r.doc.id)).filter((r): r is KnowledgeRecord => !!r);
  if (scope) {
    return done(asm.refuse(raw, normalized, pq.intent, message(lex, `scope_${scope}`, lang), "out_of_scope", namedRecs), res);
  }
  if (pq.intent === "help" || pq.intent === "overview") {
    if (res.mentions.length === 0 || pq.intent === "help") {
      return done({ ...asm.fromDraft(raw, normalized, overview(model, pq.intent), 1), suggestions: asm.helpSuggestions() }, res);
    }
    pq.intent = "definition";
  }
  // A name the knowledge does not hold, as the subject: say which word.
  if (res.names.length > 0 && !(pq.yesNo && res.mentions.length > 0)) {
    const name = res.names.join(", ");
    return done(asm.refuse(raw, normalized, pq.intent, message(lex, "unknown_name", lang, { name }), "unknown_name", ranked.slice(0, 3)), res);
  }
  const asks = asked(lex, pq.words);
  if (res.mentions.length === 0 || res.confidence < MIN_CONFIDENCE) {
    // "…and what does it do?": the subject is in the context before the question.
    if (context) return answerOne(core, raw, `${context} ${text}`, "", opts);
    const tokens = res.query;
    const facts = tokens.length >= 2 ? bestFacts(core, ranked.slice(0, 8), { tokens }, pq.intent, []) : [];
    const top = facts[0];
    if (top && top.coverage >= 0.6 && top.matched.length >= 2 && !asks.has("results")) {
      const d = factDraft(core, pq.intent, top, facts);
      return done(asm.fromDraft(raw, normalized, d, 0.5 + 0.4 * top.coverage), res, facts, "answered from the best fact");
    }
    const reason = res.mentions.length === 0 ? "no_match" : "low_confidence";
    return done(asm.refuse(raw, normalized, pq.intent, message(lex, "refusal", lang), reason, ranked.slice(0, 3), res.confidence), res, facts);
  }
  const ctx = contextOf(core, pq, res);
  const first = ctx.named[0]?.rec as KnowledgeRecord;
  if (asks.has("when") && pq.intent !== "status" && pq.intent !== "history") pq.intent = "status";
  let d = compose(ctx);
  if (asks.has("results")) {
    const r = refuseResults(ctx, lex, d);
    if (r.kind === "refuse") return done(asm.refuse(raw, normalized, pq.intent, r.text, r.reason, [first, ...ranked], res.confidence), res);
  }
  if (asks.has("count")) {
    const r = answerCount(ctx, lex, d);
    if (r.kind === "refuse") return done(asm.refuse(raw, normalized, pq.intent, r.text, r.reason, [first, ...ranked], res.confidence), res);
    d = r.draft;
  }
  const named = ctx.named.map((n) => n.rec.id);
  const primaryBits = res.mentions[0]?.keyBits ?? 0;
  const rest = unsaid(core, res, d, primaryBits);
  const facts = bestFacts(core, ctx.named.slice(0, 3).map((n) => n.rec), { tokens: rest }, pq.intent, named);
  const top = facts[0];
  const strong = top && rest.length > 0 && top.coverage >= 0.5;
  let confirmed = d !== undefined;
  if (!d) {
    const type = QUESTION_TYPES[pq.intent as keyof typeof QUESTION_TYPES] ?? QUESTION_TYPES.definition;
    const who = WHO_FORM.test(pq.words.join(" "));
    if (type.whenMissing === "refuse" || (type.whenMissing === "who" && who)) {
      return done(asm.refuse(raw, normalized, pq.intent, type.missing(ctx, first), type.reason, [first, ...ranked], res.confidence), res, facts);
    }
    // No composer answer: the best fact about the record leads, or its short card.
    d = strong && top ? factDraft(core, pq.intent, top, facts) : definition(ctx, first);
    confirmed = !!strong;
  } else if (strong && top && !d.correction) {
    if (GENERIC.has(pq.intent)) {
      const card = d;
      d = factDraft(core, pq.intent, top, facts);
      d.facts.push(...card.facts.slice(0, 2));
      d.related.push(...card.related);
    } else {
      d.facts.unshift({ label: "Also", value: top.fact.text });
    }
  }
  if (pq.yesNo) d = answerYesNo(d, lex, lang, { unknownNames: res.names, confirmed });
  return done(asm.fromDraft(raw, normalized, d, res.confidence), res, facts);
}
