// Which record a question is about: the records it names, in the order it names them, and — for
// "and what does it do?" — the record the context before it named.
import type { KnowledgeRecord } from "../knowledge/model.js";
import { handle } from "./compose/common.js";
import type { Ctx, Named } from "./compose/context.js";
import type { Core } from "./core.js";
import { type ParsedQuestion, parseQuestion } from "./intent.js";
import { inClass } from "./lexicon/lexicon.js";
import { foldText } from "./normalize.js";
import { type SearchResult, search } from "./search.js";
import type { Answer } from "./types.js";

/** The first question word a mention's name covers (Infinity when none has a position). */
export function mentionStart(res: SearchResult, keyBits: number): number {
  let at = Number.POSITIVE_INFINITY;
  res.query.forEach((q, i) => {
    if (keyBits & (1 << i) && q.pos !== undefined) at = Math.min(at, q.pos);
  });
  return at;
}

export function contextOf(core: Core, pq: ParsedQuestion, res: SearchResult): Ctx {
  const named: Named[] = res.mentions.map((m) => {
    const start = mentionStart(res, m.keyBits);
    const at = Number.isFinite(start) ? start : -1;
    return { rec: core.model.byId.get(m.doc.id) as KnowledgeRecord, key: m.key, at };
  });
  // "what is the UN doing about landmines?": the topic after "about" is what is asked, not the
  // generic term before it.
  const aboutAt = pq.words.findIndex((w) => inClass(core.lex, "about_words", w));
  const topic =
    aboutAt > 0
      ? named.find((_, k) =>
          res.query.some(
            (q, i) =>
              ((res.mentions[k]?.keyBits ?? 0) & (1 << i)) !== 0 &&
              (q.pos === aboutAt + 1 || q.pos === aboutAt + 2),
          ),
        )
      : undefined;
  if (
    topic &&
    named[0] &&
    named[0] !== topic &&
    named[0].rec.type === "term" &&
    named[0].at < aboutAt
  ) {
    named.splice(named.indexOf(topic), 1);
    named.unshift(topic);
  }
  const agent = agentModifier(core, pq, named);
  if (agent) {
    named.splice(named.indexOf(agent.described), 1);
    named.unshift(agent.described);
  }
  const primaryBits = res.mentions[0]?.keyBits ?? 0;
  const residual = res.query.filter((_, i) => (primaryBits & (1 << i)) === 0).map((q) => q.token);
  return { model: core.model, index: core.index, pq, lex: core.lex, named, residual };
}

/** The types that ask who does something: "led by X" is then what they ask about. */
const ASKS_AGENT = new Set([
  "lead",
  "partners",
  "members",
  "coordinate",
  "chair",
  "part_of",
  "role",
]);
const AGENT_PHRASE =
  /(?:^| )(?:(?:led|run|headed|chaired|coordinated|conducted|carried out|managed|implemented|dirigee?s?|menee?s?|pilotee?s?|coordonnee?s?|presidee?s?) (?:by|par)|(?:mentioned|named|cited|listed) (?:in connection )?with)(?: the| l| le| la| les)?$/;

/**
 * "the outcome of the MARA evaluation led by DPO": a record named after "led by" describes the
 * one named before it, which is what the question is about (unless it asks who leads).
 */
function agentModifier(
  core: Core,
  pq: ParsedQuestion,
  named: Named[],
): { described: Named } | undefined {
  const top = named[0];
  if (!top || named.length < 2 || top.at <= 0 || ASKS_AGENT.has(pq.intent)) return undefined;
  const described = named.find((n) => n !== top && n.at >= 0 && n.at < top.at);
  if (!described) return undefined;
  // ("l'étude que le DOMP a soutenue": a record named inside a relative clause describes too.)
  const between = pq.words.slice(described.at + 1, top.at);
  const relative = between.some((w) => inClass(core.lex, "relative_words", w));
  if (!relative && !AGENT_PHRASE.test(pq.words.slice(Math.max(0, top.at - 6), top.at).join(" ")))
    return undefined;
  return { described };
}

/** Separates the pieces of context, oldest first: the newest that names a record wins. */
export const CONTEXT_BREAK = "\u0000";

/** The names a piece of text uses first: for any record, and for an activity. */
function firstNamed(
  core: Core,
  piece: string,
): { best?: { text: string }; work?: { text: string } } {
  const named = namedIn(core, piece);
  const best = named[0];
  let work = named.find((n) => core.model.byId.get(n.id)?.type === "activity");
  // "in coordination with OHCHR, OSRSG-SVC, DPPA…": bodies that are all partners of one piece
  // of work stand for it, when the piece names none ("so who's the lead then?").
  if (!work && named.length >= 2) {
    const ids = named.map((n) => n.id);
    const partnerIn = core.model.relations.registry.get("partner")?.forward;
    const sharedId = (partnerIn?.get(ids[0] as string) ?? []).find((a) =>
      ids.every((id) => partnerIn?.get(id)?.includes(a)),
    );
    const shared = sharedId ? core.model.byId.get(sharedId) : undefined;
    if (shared) work = { text: handle(shared), id: shared.id };
  }
  return { ...(best ? { best } : {}), ...(work ? { work } : {}) };
}

/** The name of the record the context is about: what its latest piece names, if any. */
export function subjectOf(
  core: Core,
  context: string,
  opts: { activity?: boolean; possessive?: boolean; pronoun?: boolean } = {},
): string | undefined {
  const pieces = context.split(CONTEXT_BREAK).filter((p) => p.trim());
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i] as string;
    // "Who chairs the IACG-MA and what are its main functions?": a possessive points to the body
    // the question before asked about, not to its answer ("…? Where is it housed?" means the chair).
    // (Of a body: "who coordinates mine action, what's its full name?" means the coordinator's.)
    if (opts.possessive && piece.startsWith(ANSWER_MARK) && i > 0) {
      const asked = namedIn(core, pieces[i - 1] as string)[0];
      if (asked && core.model.byId.get(asked.id)?.type === "entity") continue;
    }
    // "`IACG-MA` — who chairs it and what does it do?": the same pronoun in the question before
    // means the same record, not that question's answer.
    if (opts.pronoun && piece.startsWith(ANSWER_MARK) && i > 0) {
      const before = antecedentText(core, pieces[i - 1] as string);
      const antecedent = before ? namedIn(core, before)[0] : undefined;
      if (antecedent) return antecedent.text;
    }
    // The record named first is the sentence's subject ("UNMAS chairs the IACG-MA" → UNMAS) —
    // unless the follow-up asks what only a piece of work has ("what is it supposed to lead
    // to?" after "since when has DPO led the MARA assessment"): then the activity it names.
    const { best, work } = firstNamed(core, piece);
    if (opts.activity && work) return work.text;
    // An answer to a question that named nothing itself ("which dept is named as a member?",
    // about the context's UN Action) is about what was not named before: "UN Action's members:
    // DPO" → DPO, for "and what initiative did it back?". (When that question pointed back too,
    // "which office is it housed in, and what group does it chair?", both mean the same record.)
    const asked = i > 0 ? (pieces[i - 1] as string) : "";
    if (
      piece.startsWith(ANSWER_MARK) &&
      asked &&
      !foldText(asked)
        .split(/[^a-z]+/)
        .some((w) => POINTS_ELSEWHERE.test(w)) &&
      namedIn(core, asked).length === 0
    ) {
      const before = new Set(pieces.slice(0, i).flatMap((p) => namedIn(core, p).map((n) => n.id)));
      const fresh = namedIn(core, piece).find((n) => !before.has(n.id));
      if (fresh) return fresh.text;
    }
    if (best) return best.text;
  }
  return undefined;
}

/** Starts a context piece that is an answer's headline, not something the asker wrote. */
export const ANSWER_MARK = "\u0001";

/**
 * The context for the next question of a message, once `q` is answered. After "who chairs the
 * IACG-MA?", "where is that entity housed?" means the answer (UNMAS), as people mean it.
 */
export function contextAfter(context: string, q: string, last: Answer): string {
  const withQ = `${context}${CONTEXT_BREAK}${q}`;
  // ("ok so which group does it chair?" asks for a record too, wherever "which" stands.)
  if (!last.answered || !/\b(?:who|which|what|qui|quel|quelle)\b/.test(last.normalized))
    return withQ;
  // (Expansions in brackets are dropped: "DPO (Department of Peace Operations) … DPPA (Department
  // of Political…)" would place DPPA's words at DPO's.)
  return `${withQ}${CONTEXT_BREAK}${ANSWER_MARK}${last.headline.replace(/\s*\([^()]*\)/g, "")}`;
}

const POINTS_ELSEWHERE =
  /^(?:it|its|they|them|their|that|this|these|those|il|elle|ils|elles|ce|cela|ca)$/;

const SUBJECT_PRONOUN = /^(?:it|they|them|il|elle|ils|elles)$/;
/** The same pronouns, found in a piece of text as typed. */
const PRONOUN_IN_TEXT = /\b(?:it|they|them|il|elle|ils|elles)\b/i;

/** Words that point back with a pronoun ("who chairs it", "what do they do"). */
export const hasPronoun = (words: readonly string[]): boolean =>
  words.some((w) => SUBJECT_PRONOUN.test(w));

/**
 * Where a question that points back with a pronoun names what the pronoun means: before its
 * question word ("`IACG-MA` — who chairs it"; not "which group" in "which group does it chair"),
 * or as the topic after a dash ("what does it do — IACG-MA explainer"). Undefined otherwise.
 */
function antecedentText(core: Core, text: string): string | undefined {
  const m = PRONOUN_IN_TEXT.exec(text);
  if (!m) return undefined;
  const topic = / — (.+)$/.exec(text.slice(m.index));
  if (topic) return topic[1];
  const head = text.slice(0, m.index);
  for (const w of head.matchAll(/[\p{L}]+/gu)) {
    if (inClass(core.lex, "interrogatives", foldText(w[0]))) return head.slice(0, w.index);
  }
  return undefined;
}

/** A possessive and no other word pointing back: "what are its functions?", "quel est son rôle ?". */
export const onlyPossessive = (words: readonly string[]): boolean =>
  words.some((w) => /^(?:its|their|son|sa|ses|leur|leurs)$/.test(w)) &&
  !words.some((w) => /^(?:it|they|them|that|this|these|those|il|elle|ils|elles)$/.test(w));

/**
 * "…found the arrangements ineffective. Is that right?", "Who is it?", "since when?": a question
 * with no word of its own (a yes/no tag, a question no cue reads, a short one that asks only what
 * something is) asks about the short statement before it, which is returned. ("Who chairs?" has a
 * cue of its own: it is asked of the record the statement names, not of the statement's words.)
 */
export function statementAsked(
  pq: ParsedQuestion,
  res: SearchResult,
  context: string,
): string | undefined {
  if (res.query.length > 0 || res.unknown.length > 0) return undefined;
  const latest = context
    .split(CONTEXT_BREAK)
    .filter((p) => p.trim())
    .pop()
    ?.trim();
  // (A long statement says more than the one thing the follow-up is about.)
  if (!latest || latest.split(/\s+/).length > 30) return undefined;
  // ("does it chair anything too?" asks its own question of what "it" is: a cue of its own.)
  const bare =
    (pq.yesNo && pq.scores.every((x) => x.type === "definition")) ||
    pq.scores.length === 0 ||
    (pq.words.length <= 4 && pq.scores.every((x) => x.type === "definition"));
  return bare ? latest : undefined;
}

/** "part of it", "in them", "of that"; French "en fait partie", "y participe". */
const POINTS_BACK_TO_OTHER =
  /\b(?:of|in|on|to|with|from|for|within|into) (?:it|them|that|this|that one|this one)\b|\b(?:en|y) (?:fait|font|est|sont|a|ont|participe|participent)\b/;

/**
 * Every record a piece of text names, in the order it names them, each by its usual name (a long
 * alias an answer spelled out would bring more names with it).
 */
export function namedIn(core: Core, piece: string): { text: string; id: string }[] {
  const pq = parseQuestion(piece, core.knows, core.lex, core.isName, core.inNamePhrase);
  const res = search(pq, core.index, piece, core.lex);
  return res.mentions
    .map((m) => {
      const rec = core.model.byId.get(m.doc.id);
      return {
        text: rec ? handle(rec) : m.key.text,
        id: m.doc.id,
        at: mentionStart(res, m.keyBits),
      };
    })
    .sort((a, b) => a.at - b.at);
}

/**
 * "Which network does DPO use…? And is DPKO a member of it?", "Le HCDH en fait-il partie ?": a
 * yes/no question that names only bodies and points back for what they would belong to gets the
 * context's latest piece of work or group (a record other than those it names).
 */
export function otherReferent(
  core: Core,
  pq: ParsedQuestion,
  res: SearchResult,
  context: string,
): string | undefined {
  if (res.mentions.length === 0) return undefined;
  const ids = res.mentions.map((m) => m.doc.id);
  const bodies = ids.every((id) => core.model.byId.get(id)?.type === "entity");
  // (All the words: "en fait" is filler ("in fact") everywhere but in "en fait partie".)
  // "When did DPO start leading it?": a relation's verb with "it" for its object points back too.
  const w = pq.allWords;
  const verbIt = w.some(
    (x, i) =>
      (x === "it" || x === "them") &&
      core.lex.cueWords.has(w[i - 1] ?? "") &&
      !inClass(core.lex, "auxiliaries", w[i - 1] ?? "") &&
      !inClass(core.lex, "question_words", w[i - 1] ?? ""),
  );
  const back = pq.yesNo && POINTS_BACK_TO_OTHER.test(w.join(" "));
  if (!bodies || !(back || verbIt)) return undefined;
  const pieces = context.split(CONTEXT_BREAK).filter((p) => p.trim());
  for (let i = pieces.length - 1; i >= 0; i--) {
    const holder = namedIn(core, pieces[i] as string).find((n) => {
      const rec = core.model.byId.get(n.id);
      if (!rec || ids.includes(n.id)) return false;
      return rec.type === "activity" || (core.model.relations.members.get(n.id)?.length ?? 0) > 0;
    });
    if (holder) return holder.text;
  }
  return undefined;
}
