// Answers offered for "Share in channel", kept server-side under a short random id. The button
// carries only that id: Slack caps a button value at 2,000 characters, and a copy of the question
// cut to fit would be answered differently (a long message whose question is at the end). Sharing
// posts the very Answer the asker saw privately. Entries expire and are bounded in number.
import { randomBytes } from "node:crypto";
import type { Answer } from "../answer/types.js";

export interface ShareStore {
  /** The id for this answer (the same Answer object keeps its id, so cached cards stay valid). */
  put(answer: Answer, now?: number): string;
  /** The answer behind an id, or undefined when it expired, was evicted or never existed. */
  get(id: string, now?: number): Answer | undefined;
  readonly size: number;
}

export interface ShareStoreOptions {
  /** How long a private answer can still be shared (default 24 hours). */
  ttlMs?: number;
  /** Most answers kept (default 2,000; an Answer is a few kilobytes). */
  max?: number;
}

export function createShareStore(options: ShareStoreOptions = {}): ShareStore {
  const ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
  const max = options.max ?? 2_000;
  // Insertion order is age order: expired and excess entries are always at the front.
  const entries = new Map<string, { answer: Answer; at: number }>();
  const ids = new WeakMap<Answer, string>();

  function prune(now: number): void {
    for (const [id, entry] of entries) {
      if (entry.at > now - ttlMs && entries.size <= max) break;
      entries.delete(id);
    }
  }

  return {
    put(answer, now = Date.now()) {
      prune(now);
      const known = ids.get(answer);
      const entry = known === undefined ? undefined : entries.get(known);
      if (known !== undefined && entry) {
        entries.delete(known); // refresh: move to the back with a new time
        entries.set(known, { answer, at: now });
        return known;
      }
      const id = randomBytes(9).toString("base64url");
      entries.set(id, { answer, at: now });
      ids.set(answer, id);
      prune(now);
      return id;
    },
    get(id, now = Date.now()) {
      const entry = entries.get(id);
      if (!entry || entry.at <= now - ttlMs) return undefined;
      return entry.answer;
    },
    get size() {
      return entries.size;
    },
  };
}
