// Drafts and refusals → the Answer every surface renders: citations (the passage of each source
// that best matches what the answer says), did-you-mean suggestions, confidence, version.
import type { KnowledgeModel, KnowledgeRecord } from "../knowledge/model.js";
import type { CandidateIndex } from "./candidate-index.js";
import { type Draft, ref } from "./compose/common.js";
import { topEntities, tryQuestions } from "./compose/links.js";
import { capitalizeFirst } from "./compose/subject.js";
import { distinctFacts, suggestionFor } from "./offer.js";
import type { Answer, Intent, RefusalReason, SourceNote, Suggestion } from "./types.js";

export interface Assembler {
  base(question: string, normalized: string, intent: Intent, headline: string): Answer;
  refuse(
    question: string,
    normalized: string,
    intent: Intent,
    why: string,
    reason: RefusalReason,
    recs: readonly KnowledgeRecord[],
    confidence?: number,
  ): Answer;
  fromDraft(question: string, normalized: string, d: Draft, confidence: number): Answer;
  helpSuggestions(): Suggestion[];
}

export function createAssembler(model: KnowledgeModel, index: CandidateIndex): Assembler {
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

  // Reused by every answer: the words of the answer, to pick each record's best passage.
  // A word is in the current answer when its stamp is the current one: no set to rebuild.
  const answerWords = new Map<string, number>();
  let stamp = 0;
  /** Up to three citations, one per source, each the passage that best matches the answer. */
  function sourcesOf(recs: readonly KnowledgeRecord[], parts: readonly string[]): SourceNote[] {
    if (answerWords.size > 50_000) answerWords.clear();
    const now = ++stamp;
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
        // Shared words per word of the passage: a long passage does not win by length alone.
        const score = c.quote
          ? (overlap(c.quote) + 0.5) / Math.sqrt(index.analyzeText(c.quote).length + 1)
          : 0;
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

  function base(question: string, normalized: string, intent: Intent, headline: string): Answer {
    return {
      question,
      normalized,
      answered: false,
      intent,
      confidence: 0,
      headline,
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

  return {
    base,
    helpSuggestions,
    refuse(question, normalized, intent, why, reason, recs, confidence = 0) {
      return {
        ...base(question, normalized, intent, why),
        confidence,
        reason,
        suggestions: suggestions(recs.length > 0 ? recs : fallback()),
      };
    },
    fromDraft(question, normalized, d, confidence) {
      const related = d.related.filter((r) => r.id !== d.primary?.id).slice(0, 5);
      const facts = distinctFacts(d, (t) => index.analyzeText(t)).slice(0, 6);
      const answered = d.answered ?? true;
      return {
        ...base(question, normalized, d.intent, d.headline),
        answered,
        confidence: Math.round(confidence * 100) / 100,
        ...(d.correction ? { correction: d.correction } : {}),
        ...(d.primary ? { primary: ref(d.primary) } : {}),
        ...(!answered ? { reason: d.reason ?? ("missing_fact" as const) } : {}),
        facts,
        related: related.map(ref),
        links: d.links.slice(0, 6),
        sources: sourcesOf(d.cited, [d.headline, ...facts.map((f) => f.value)]),
        suggestions: suggestions(related, d.primary?.id),
      };
    },
  };
}
