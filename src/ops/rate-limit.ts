// Per-user question budget: a sliding window of recent question times per user. Memory is
// bounded twice over: each user keeps at most `limit` timestamps, and at most `maxUsers` users are
// tracked (least recently seen dropped first; a dropped user simply starts with a fresh budget).
import type { RateLimiter } from "../slack/deps.js";

export interface RateLimiterOptions {
  /** Questions allowed per window (default 20). */
  limit?: number;
  /** Window length in milliseconds (default one minute). */
  windowMs?: number;
  /** Most users tracked at once (default 10,000). */
  maxUsers?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export interface SlidingWindowLimiter extends RateLimiter {
  /** Milliseconds until `userId` may ask again (0 when they may ask now). */
  retryAfterMs(userId: string, now?: number): number;
  /** Users currently tracked (for tests and health). */
  readonly size: number;
}

export function createRateLimiter(options: RateLimiterOptions = {}): SlidingWindowLimiter {
  const limit = options.limit ?? 20;
  const windowMs = options.windowMs ?? 60_000;
  const maxUsers = options.maxUsers ?? 10_000;
  const clock = options.now ?? Date.now;
  if (!(limit >= 1 && windowMs > 0 && maxUsers >= 1)) {
    throw new RangeError("rate limiter needs limit >= 1, windowMs > 0 and maxUsers >= 1");
  }
  // Map iteration order is insertion order: re-inserting on every touch makes it an LRU list.
  const users = new Map<string, number[]>();

  /** The user's timestamps still inside the window, moved to the most-recent end. */
  function recent(userId: string, now: number): number[] {
    const times = users.get(userId) ?? [];
    users.delete(userId);
    let drop = 0;
    while (drop < times.length && (times[drop] as number) <= now - windowMs) drop++;
    if (drop > 0) times.splice(0, drop);
    users.set(userId, times);
    return times;
  }

  function evict(): void {
    while (users.size > maxUsers) {
      const oldest = users.keys().next().value as string;
      users.delete(oldest);
    }
  }

  return {
    take(userId, now = clock()) {
      const times = recent(userId, now);
      evict();
      if (times.length >= limit) return false;
      times.push(now);
      return true;
    },
    retryAfterMs(userId, now = clock()) {
      const times = users.get(userId);
      if (!times || times.length < limit) return 0;
      const first = times[times.length - limit] as number;
      return Math.max(0, first + windowMs - now);
    },
    get size() {
      return users.size;
    },
  };
}
