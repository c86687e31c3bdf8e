// Remembers recent answers per engine. People ask the same few questions over and over ("who
// leads the MARA?"), and an answer only changes when the knowledge does — which builds a new
// engine, and so a new, empty cache. Keyed by the exact question text, because the answer echoes
// it back. Bounded: least recently used answers go first; very long questions are not cached.
import type { Answer, Engine, Intent } from "../answer/types.js";

export interface AnswerCacheOptions {
  /** Answers kept (default 500). */
  max?: number;
  /** Longer questions bypass the cache (default 300 characters). */
  maxQuestionLength?: number;
}

export interface CachedEngine extends Engine {
  readonly cache: { readonly size: number; readonly hits: number; readonly misses: number };
  /** The questions asked most recently (each once), newest first: what a new engine warms on. */
  recentQuestions(max: number): string[];
}

const QUESTION = "q\u0000";

export function withAnswerCache(engine: Engine, options: AnswerCacheOptions = {}): CachedEngine {
  const max = options.max ?? 500;
  const maxQuestionLength = options.maxQuestionLength ?? 300;
  const answers = new Map<string, Answer>();
  let hits = 0;
  let misses = 0;

  function remember(key: string, compute: () => Answer): Answer {
    const cached = answers.get(key);
    if (cached) {
      hits++;
      answers.delete(key); // re-insert: most recently used goes last
      answers.set(key, cached);
      return cached;
    }
    misses++;
    const answer = compute();
    answers.set(key, answer);
    if (answers.size > max) answers.delete(answers.keys().next().value as string);
    return answer;
  }

  return {
    model: engine.model,
    ask(question: string): Answer {
      if (typeof question !== "string" || question.length > maxQuestionLength) {
        return engine.ask(question);
      }
      return remember(`${QUESTION}${question}`, () => engine.ask(question));
    },
    about(recordId: string, intent?: Intent): Answer {
      if (typeof recordId !== "string" || recordId.length > maxQuestionLength) {
        return engine.about(recordId, intent);
      }
      return remember(`a\u0000${intent ?? ""}\u0000${recordId}`, () =>
        engine.about(recordId, intent),
      );
    },
    help: () => remember("h", () => engine.help()),
    recentQuestions(maxCount: number): string[] {
      // The map keeps use order, most recent last.
      const out: string[] = [];
      const keys = [...answers.keys()];
      for (let i = keys.length - 1; i >= 0 && out.length < maxCount; i--) {
        const k = keys[i] as string;
        if (k.startsWith(QUESTION)) out.push(k.slice(QUESTION.length));
      }
      return out;
    },
    cache: {
      get size() {
        return answers.size;
      },
      get hits() {
        return hits;
      },
      get misses() {
        return misses;
      },
    },
  };
}
