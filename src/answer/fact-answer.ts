// Answers from facts: the best-scoring statement about the records a question names (or, when it
// names none, about the records whose text holds its words) leads the answer.
import type { KnowledgeRecord } from "../knowledge/model.js";
import { type Draft, draft, handle, sentence, shortName } from "./compose/common.js";
import type { Ctx } from "./compose/context.js";
import type { Core } from "./core.js";
import { type FactQuery, type ScoredFact, scoreFacts } from "./fact-score.js";
import type { SearchResult } from "./search.js";
import type { Intent } from "./types.js";

export interface FactTokens {
  tokens: readonly { token: string; weight: number }[];
  records?: FactQuery["records"];
}

/** The facts of these records, best first for the question's remaining words and type. */
export function bestFacts(
  core: Core,
  recs: readonly KnowledgeRecord[],
  q: FactTokens,
  type: Intent,
  named: readonly string[],
): ScoredFact[] {
  const all = recs.flatMap((r) => core.facts.factsOf(r));
  const scored = scoreFacts(all, { ...q, type, named }, core.index);
  // A fact that says all the best one says and more ("…all key aspects of GFP work: assessments,
  // planning, …") is the better answer; length alone cost it the first place.
  const top = scored[0];
  if (top) {
    const fuller = scored
      .slice(1, 6)
      .find(
        (f) =>
          f.score >= 0.8 * top.score &&
          f.fact.length > top.fact.length &&
          [...top.fact.tokens].every((t) => f.fact.tokens.has(t)),
      );
    if (fuller) return [fuller, ...scored.filter((f) => f !== fuller)];
  }
  return scored;
}

/** A draft led by one fact (the subject's card facts follow from the composer, if any). */
export function factDraft(
  core: Core,
  intent: Intent,
  best: ScoredFact,
  more: readonly ScoredFact[],
): Draft {
  const rec = core.model.byId.get(best.fact.subject) as KnowledgeRecord;
  // ("Office of DPO in which UNMAS is housed.": a fact that does not name its record says whose.)
  const text = sentence(best.fact.text);
  const named = [handle(rec), shortName(rec)].some((n) =>
    text.toLowerCase().includes(n.toLowerCase()),
  );
  const d = draft(intent, named ? text : `${handle(rec)}: ${text}`, rec);
  for (const m of more) {
    if (m === best || m.fact.text === best.fact.text || d.facts.length >= 2) continue;
    if (m.coverage < best.coverage * 0.5 || m.fact.subject !== rec.id) continue;
    d.facts.push({ label: "Also", value: sentence(m.fact.text) });
  }
  for (const id of best.fact.objects) {
    const o = core.model.byId.get(id);
    if (o) d.related.push(o);
  }
  d.cited = [rec];
  return d;
}

/** Query words the answer does not yet say, for the fact search. */
export function saidTokens(core: Core, d: Draft | undefined): Set<string> {
  const said = new Set<string>();
  if (d)
    for (const t of [d.headline, ...d.facts.map((f) => f.value)])
      for (const w of core.index.analyzeText(t)) said.add(w);
  return said;
}

export function unsaid(core: Core, res: SearchResult, d: Draft | undefined, primaryBits: number) {
  const said = saidTokens(core, d);
  return res.query.filter((q, i) => (primaryBits & (1 << i)) === 0 && !said.has(q.token));
}

/** For a "who" question the named record cannot answer: a fact of another record that says. */
export function answeredElsewhere(
  core: Core,
  res: SearchResult,
  ranked: readonly KnowledgeRecord[],
  type: Intent,
  primary: string,
): ScoredFact | undefined {
  const primaryBits = res.mentions[0]?.keyBits ?? 0;
  const beyond = res.query.filter((_, i) => (primaryBits & (1 << i)) === 0);
  if (beyond.length < 2) return undefined;
  // The named record's own facts may name who does it ("partners at HQ"), others' facts too.
  const candidates = ranked.slice(0, 8);
  const [top] = bestFacts(core, candidates, { tokens: beyond }, type, [primary]);
  return top && top.coverage >= 0.75 && top.matched.length >= 2 ? top : undefined;
}

/**
 * The facts on point beyond a draft: scored on the question's words the draft does not say
 * (`rest`) and on other records the question names that it leaves out (`records`).
 */
export function factsBeyond(
  core: Core,
  ctx: Ctx,
  res: SearchResult,
  d: Draft | undefined,
  namedBits: number,
): {
  rest: ReturnType<typeof unsaid>;
  records: { keys: string[][]; weight: number }[];
  facts: ScoredFact[];
} {
  const rest = unsaid(core, res, d, namedBits);
  const said = saidTokens(core, d);
  const records = res.mentions.slice(1, 4).flatMap((m) => {
    const keys = m.doc.keys.map((k) => [...k.tokens]);
    if (keys.some((k) => k.every((t) => said.has(t)))) return [];
    let weight = 0;
    res.query.forEach((q, i) => {
      if (m.keyBits & (1 << i)) weight += core.index.textIdf(q.token) * q.weight;
    });
    return weight > 0 ? [{ keys, weight }] : [];
  });
  const facts = bestFacts(
    core,
    ctx.named.slice(0, 3).map((n) => n.rec),
    { tokens: rest, records },
    ctx.pq.intent,
    ctx.named.map((n) => n.rec.id),
  );
  return { rest, records, facts };
}
