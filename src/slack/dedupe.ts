// A bounded memory of keys already handled, for "answer this once" checks. Slack retries an event
// it thinks was acknowledged late (up to three times within minutes), and a DM can reach the app
// both as message.im and app_mention; each must still be answered once. Entries expire after
// `ttlMs` and the oldest are dropped beyond `max`, so memory never grows with traffic.

export interface Dedupe {
  /** True when `key` was seen within the last `ttlMs`; otherwise records it and returns false. */
  seen(key: string, now?: number): boolean;
  /** Forgets `key`, e.g. when the work it stood for failed and may be tried again. */
  forget(key: string): void;
  readonly size: number;
}

export interface DedupeOptions {
  /** How long a key is remembered (default 1 hour: well past Slack's retry window). */
  ttlMs?: number;
  /** Most keys kept (default 10,000). */
  max?: number;
  now?: () => number;
}

export function createDedupe(options: DedupeOptions = {}): Dedupe {
  const ttlMs = options.ttlMs ?? 60 * 60 * 1000;
  const max = options.max ?? 10_000;
  const clock = options.now ?? Date.now;
  // Insertion order is arrival order, so expired and excess keys are always at the front.
  const keys = new Map<string, number>();

  function prune(now: number): void {
    for (const [key, at] of keys) {
      if (at > now - ttlMs && keys.size <= max) break;
      keys.delete(key);
    }
  }

  return {
    seen(key, now = clock()) {
      prune(now);
      const at = keys.get(key);
      if (at !== undefined && at > now - ttlMs) return true;
      keys.set(key, now);
      prune(now);
      return false;
    },
    forget(key) {
      keys.delete(key);
    },
    get size() {
      return keys.size;
    },
  };
}
