// What the Slack layer needs from the rest of the program. Passed in, never imported, so the
// listeners stay thin and tests can run the real app against a temporary knowledge folder.
import type { Answer, Engine } from "../answer/types.js";

export type Surface = "slash" | "mention" | "dm" | "button" | "cli";

/** The knowledge officers' view of usage: what people ask that the bot can't answer, and votes. */
export interface Insights {
  /** A question the engine refused. Never given who asked. */
  unanswered(event: { question: string; surface: Surface; at: Date; reason?: string }): void;
  /** A 👍/👎 click on an answer card. */
  feedback(event: {
    vote: "up" | "down";
    question: string;
    /** Id of the record the answer was about, if any. */
    recordId?: string;
    surface: Surface;
    at: Date;
  }): void;
}

/** Per-user question budget. `take` returns false when the user is over the limit. */
export interface RateLimiter {
  take(userId: string, now?: number): boolean;
}

export interface AppDeps {
  /** The engine serving right now; hot reload swaps it between questions. */
  engine: () => Engine;
  insights?: Insights;
  limiter?: RateLimiter;
  /** Called after every answer is produced (metrics, tests). */
  onAnswer?: (answer: Answer, surface: Surface) => void;
  /** Counts each handler's work so a graceful shutdown can wait for it (ops' InFlight fits). */
  inFlight?: { track<T>(work: () => Promise<T>): Promise<T> };
}
