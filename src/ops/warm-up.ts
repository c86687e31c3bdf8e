// A new engine compiles what it knows about a record the first time a question touches it (its
// facts; its answer cache starts empty). Swapped in cold after a reload, it would pay for all of
// that in the first seconds, while questions keep arriving: on a 10,000-entity folder the
// answers right after a swap came 60-90 ms late. So before the swap the questions asked most
// recently of the serving engine are asked of the new one, a few milliseconds at a time between
// the questions waiting: the records people are asking about are compiled, their answers cached.
import type { Engine } from "../answer/types.js";

export interface WarmUpOptions {
  /** Recent questions replayed at most (default 100). */
  maxQuestions?: number;
  /** Time spent at most, in all (default 1,000 ms): a reload is never held up for long. */
  maxMs?: number;
  /** Work between two turns of the event loop (default 8 ms). */
  sliceMs?: number;
}

/** An engine that remembers what it was asked (withAnswerCache). */
function recentOf(engine: Engine, max: number): string[] {
  const recent = (engine as { recentQuestions?: (max: number) => string[] }).recentQuestions;
  return typeof recent === "function" ? recent.call(engine, max) : [];
}

/** Asks `next` the questions `previous` was asked most recently; resolves with how many. */
export async function warmUp(
  next: Engine,
  previous: Engine,
  options: WarmUpOptions = {},
): Promise<number> {
  const questions = recentOf(previous, options.maxQuestions ?? 100);
  const maxMs = options.maxMs ?? 1000;
  const sliceMs = options.sliceMs ?? 8;
  const began = performance.now();
  let slice = began;
  let asked = 0;
  for (const q of questions) {
    if (performance.now() - began >= maxMs) break;
    try {
      next.ask(q);
    } catch {
      // The engine's own guard answers every question; a throw here is for the live path to
      // report when someone asks it, not a reason to keep the old knowledge.
    }
    asked++;
    if (performance.now() - slice >= sliceMs) {
      await new Promise((resolve) => setImmediate(resolve));
      slice = performance.now();
    }
  }
  return asked;
}
