// The answer engine: question text → structured Answer. Every index is built once, here, in
// createEngine; a question only reads them. No Slack imports: the CLI and the Slack app share it.
import type { KnowledgeModel, KnowledgeRecord } from "../knowledge/model.js";
import { CandidateIndex } from "./candidate-index.js";
import { type Draft, ref, shortName } from "./compose/common.js";
import type { Ctx, Named } from "./compose/context.js";
import { definition, purpose, role } from "./compose/describe.js";
import { example, overview, resources, topEntities, tryQuestions } from "./compose/links.js";
import { compare, history, naming } from "./compose/names.js";
import { members, partners } from "./compose/partners.js";
import { partOf } from "./compose/parts.js";
import { notKnown } from "./compose/refusal.js";
import { chair, coordinate, lead } from "./compose/relations.js";
import { status } from "./compose/status.js";
import { capitalizeFirst } from "./compose/subject.js";
import { greeting } from "./greetings.js";
import { parseQuestion } from "./intent.js";
import { normalizeSlackText } from "./normalize.js";
import { distinctFacts, suggestionFor } from "./offer.js";
import { outOfScope, SCOPE_MESSAGES } from "./scope.js";
import { type SearchResult, search } from "./search.js";
import { rawTokens, stem } from "./tokens.js";
import type { Answer, Engine, Intent, SourceNote, Suggestion } from "./types.js";

export const REFUSAL = "I don't have that in my knowledge base.";
/** Below this the engine refuses rather than guess. */
export const MIN_CONFIDENCE = 0.5;
/** Intents that ask about a record's names or links, not about what happened in an example. */
const NOT_ABOUT_EXAMPLE = new Set<Intent>([
  "resources",
  "acronym",
  "short_name",
  "compare",
  "history",
]);

export function createEngine(model: KnowledgeModel): Engine {
  const index = new CandidateIndex(model);
  const knows = (w: string) => index.knows(index.analyze(w)[0] ?? stem(w));

  let helpCache: Suggestion[] | undefined;
  function helpSuggestions(): Suggestion[] {
    helpCache ??= tryQuestions(model).map((t) => ({
      ref: ref(t.rec),
      question: capitalizeFirst(t.question),
    }));
    return helpCache;
  }

  function suggestions(recs: readonly KnowledgeRecord[], exclude?: string): Suggestion[] {
    const out: Suggestion[] = [];
    const seen = new Set<string>(exclude ? [exclude] : []);
    for (const r of recs) {
      if (seen.has(r.id) || r.type === "membership" || r.type === "source") continue;
      seen.add(r.id);
      out.push(suggestionFor(model, r));
      if (out.length >= 3) break;
    }
    return out;
  }

  /** Up to three citations, one per source, each the passage that best matches the answer. */
  // Reused by every answer: the words of the answer, to pick each record's best passage.
  // A word is in the current answer when its stamp is the current one: no set to rebuild.
  const answerWords = new Map<string, number>();
  let stamp = 0;
  function sourcesOf(recs: readonly KnowledgeRecord[], parts: readonly string[]): SourceNote[] {
    if (answerWords.size > 50_000) answerWords.clear();
    const now = ++stamp;
    // Answer texts repeat (a record's card reads the same whoever asks): analyzeText memoises.
    for (const p of parts) for (const w of index.analyzeText(p)) answerWords.set(w, now);
    const overlap = (q: string) => {
      let n = 0;
      for (const w of index.analyzeText(q)) if (answerWords.get(w) === now) n++;
      return n;
    };
    const out: SourceNote[] = [];
    const seen = new Set<string>();
    for (const r of recs) {
      if (out.length >= 3) break;
      if (r.type === "source") {
        if (!seen.has(r.id)) out.push({ id: r.id, title: r.title });
        seen.add(r.id);
        continue;
      }
      let best: { source: string; quote?: string | undefined } | undefined;
      let bestScore = -1;
      for (const c of r.sources ?? []) {
        if (seen.has(c.source)) continue;
        const score = c.quote ? overlap(c.quote) + 0.5 : 0;
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      const s = best ? model.sources.get(best.source) : undefined;
      if (!best || !s) continue;
      seen.add(s.id);
      out.push({ id: s.id, title: s.title, ...(best.quote ? { quote: best.quote } : {}) });
    }
    return out;
  }

  function base(question: string, normalized: string, intent: Intent): Answer {
    return {
      question,
      normalized,
      answered: false,
      intent,
      confidence: 0,
      headline: REFUSAL,
      facts: [],
      related: [],
      links: [],
      sources: [],
      suggestions: [],
      version: model.version,
    };
  }

  // Computed once: a refusal with nothing to suggest falls back to the best-connected entities.
  let fallbackRecs: KnowledgeRecord[] | undefined;
  const fallback = () => {
    fallbackRecs ??= topEntities(model, 3);
    return fallbackRecs;
  };

  function refuse(
    question: string,
    normalized: string,
    intent: Intent,
    why: string,
    recs: KnowledgeRecord[],
    confidence = 0,
  ): Answer {
    return {
      ...base(question, normalized, intent),
      headline: why,
      confidence,
      suggestions: suggestions(recs.length > 0 ? recs : fallback()),
    };
  }

  function fromDraft(question: string, normalized: string, d: Draft, confidence: number): Answer {
    const related = d.related.filter((r) => r.id !== d.primary?.id).slice(0, 5);
    const facts = distinctFacts(d).slice(0, 6);
    return {
      ...base(question, normalized, d.intent),
      answered: d.answered ?? true,
      confidence: Math.round(confidence * 100) / 100,
      headline: d.headline,
      ...(d.correction ? { correction: d.correction } : {}),
      ...(d.primary ? { primary: ref(d.primary) } : {}),
      facts,
      related: related.map(ref),
      links: d.links.slice(0, 6),
      sources: sourcesOf(d.cited, [d.headline, ...facts.map((f) => f.value)]),
      suggestions: suggestions(related, d.primary?.id),
    };
  }

  function compose(ctx: Ctx): Draft | undefined {
    const rec = ctx.named[0]?.rec as KnowledgeRecord;
    // A question naming a worked example (its title, alias or place) is about that example,
    // whatever else it names ("what did the partners do in <place>").
    if (!NOT_ABOUT_EXAMPLE.has(ctx.pq.intent)) {
      const ex = ctx.named.find(
        (n) =>
          n.rec.type === "example" &&
          (n.key.source === "place" || n.key.source === "title" || n.key.source === "alias"),
      );
      if (ex) return example({ ...ctx, named: [ex, ...ctx.named.filter((n) => n !== ex)] });
    }
    switch (ctx.pq.intent) {
      case "lead":
        return lead(ctx);
      case "chair":
        return chair(ctx);
      case "coordinate":
        return coordinate(ctx);
      case "partners":
        return partners(ctx);
      case "members":
        return members(ctx);
      case "part_of":
        return partOf(ctx);
      case "resources":
        return resources(ctx);
      case "example":
        return example(ctx);
      case "history":
        return history(ctx, rec);
      case "status":
        return status(ctx);
      case "acronym":
      case "short_name":
        return naming(ctx, rec);
      case "purpose":
        return purpose(ctx, rec);
      case "role":
        return role(ctx, rec);
      case "compare":
        return compare(ctx);
      default:
        return definition(ctx, rec);
    }
  }

  function contextOf(pq: ReturnType<typeof parseQuestion>, res: SearchResult): Ctx {
    const named: Named[] = res.mentions.map((m) => {
      let at = -1;
      res.query.forEach((q, i) => {
        if (m.keyBits & (1 << i) && q.pos !== undefined && (at < 0 || q.pos < at)) at = q.pos;
      });
      return { rec: model.byId.get(m.doc.id) as KnowledgeRecord, key: m.key, at };
    });
    const primaryBits = res.mentions[0]?.keyBits ?? 0;
    const residual = res.query.filter((_, i) => (primaryBits & (1 << i)) === 0).map((q) => q.token);
    return { model, index, pq, named, residual };
  }

  function ask(question: string): Answer {
    const raw = typeof question === "string" ? question : "";
    const clean = normalizeSlackText(raw);
    const pq = parseQuestion(clean, knows);
    const normalized = pq.folded;
    const hello = greeting(rawTokens(pq.folded));
    if (hello) {
      return {
        ...base(raw, pq.folded, "help"),
        headline: hello,
        suggestions: helpSuggestions().slice(0, 3),
      };
    }
    if (pq.words.length === 0) {
      return refuse(
        raw,
        normalized,
        "unknown",
        `${REFUSAL} Ask me a question, e.g. "who leads what?" or "help".`,
        [],
      );
    }
    const scope = outOfScope(pq.words);
    const res = search(pq, index, clean);
    const namedRecs = res.mentions
      .map((m) => model.byId.get(m.doc.id))
      .filter((r): r is KnowledgeRecord => r !== undefined);
    const rankedRecs = res.ranked
      .map((r) => model.byId.get(r.doc.id))
      .filter((r): r is KnowledgeRecord => r !== undefined);
    if (scope) return refuse(raw, normalized, pq.intent, SCOPE_MESSAGES[scope], namedRecs);
    if (pq.intent === "help" || pq.intent === "overview") {
      if (res.query.length === 0 || res.mentions.length === 0) {
        return {
          ...fromDraft(raw, normalized, overview(model, pq.intent), 1),
          suggestions: helpSuggestions(),
        };
      }
      pq.intent = "definition";
    }
    if (res.mentions.length === 0 || res.confidence < MIN_CONFIDENCE || res.unknown.length > 0) {
      return refuse(raw, normalized, pq.intent, REFUSAL, rankedRecs.slice(0, 3), res.confidence);
    }
    const ctx = contextOf(pq, res);
    const d = compose(ctx);
    if (!d) {
      const first = ctx.named[0]?.rec as KnowledgeRecord;
      return refuse(
        raw,
        normalized,
        pq.intent,
        notKnown(model, pq.intent, first),
        [first, ...rankedRecs],
        res.confidence,
      );
    }
    return fromDraft(raw, normalized, d, res.confidence);
  }

  function about(recordId: string, intent?: Intent): Answer {
    const rec = model.byId.get(recordId);
    const q = `about:${recordId}`;
    if (!rec || rec.type === "membership" || rec.type === "source") {
      return refuse(q, q, intent ?? "unknown", REFUSAL, []);
    }
    const doc = index.docs[index.docById.get(rec.id) ?? -1];
    const key = doc?.keys[0] ?? {
      text: rec.id,
      folded: rec.id,
      tokens: [rec.id],
      source: "name" as const,
    };
    const pq = parseQuestion(shortName(rec), knows);
    pq.intent = intent ?? "definition";
    const ctx: Ctx = { model, index, pq, named: [{ rec, key, at: 0 }], residual: [] };
    const d = compose(ctx) ?? definition(ctx, rec);
    return fromDraft(q, q, d, 1);
  }

  function help(): Answer {
    return {
      ...fromDraft("help", "help", overview(model, "help"), 1),
      suggestions: helpSuggestions(),
    };
  }

  return { model, ask, about, help };
}
