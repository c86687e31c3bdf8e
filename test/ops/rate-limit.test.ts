import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../../src/ops/rate-limit.js";

describe("createRateLimiter", () => {
  it("allows `limit` questions per window, then refuses until the oldest leaves the window", () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 });
    const t0 = 1_000_000;
    expect([0, 10, 20].map((dt) => limiter.take("U1", t0 + dt))).toEqual([true, true, true]);
    expect(limiter.take("U1", t0 + 30)).toBe(false);
    expect(limiter.retryAfterMs("U1", t0 + 30)).toBe(60_000 - 30);
    // Refusals do not use up budget: the first slot frees exactly one window after it was taken.
    expect(limiter.take("U1", t0 + 59_999)).toBe(false);
    expect(limiter.take("U1", t0 + 60_000)).toBe(true);
    expect(limiter.take("U1", t0 + 60_001)).toBe(false);
    expect(limiter.take("U1", t0 + 60_010)).toBe(true);
  });

  it("keeps users apart", () => {
    const limiter = createRateLimiter({ limit: 1 });
    expect(limiter.take("U1", 0)).toBe(true);
    expect(limiter.take("U1", 1)).toBe(false);
    expect(limiter.take("U2", 1)).toBe(true);
    expect(limiter.retryAfterMs("U2", 1)).toBeGreaterThan(0);
    expect(limiter.retryAfterMs("U3", 1)).toBe(0);
  });

  it("is a sliding window, not a fixed one: a burst at a minute boundary is still limited", () => {
    const limiter = createRateLimiter({ limit: 20, windowMs: 60_000 });
    let allowed = 0;
    for (let i = 0; i < 20; i++) if (limiter.take("U1", 59_000 + i)) allowed++;
    for (let i = 0; i < 20; i++) if (limiter.take("U1", 61_000 + i)) allowed++;
    expect(allowed).toBe(20);
  });

  it("tracks a bounded number of users, dropping the least recently seen", () => {
    const limiter = createRateLimiter({ limit: 1, maxUsers: 100 });
    for (let i = 0; i < 1_000; i++) limiter.take(`U${i}`, i);
    expect(limiter.size).toBe(100);
    // U999 is still tracked (over budget); U0 was dropped and so starts afresh.
    expect(limiter.take("U999", 1_000)).toBe(false);
    expect(limiter.take("U0", 1_000)).toBe(true);
  });

  it("keeps an active user over an idle one when full", () => {
    const limiter = createRateLimiter({ limit: 1, maxUsers: 2 });
    limiter.take("active", 0);
    limiter.take("idle", 1);
    limiter.take("active", 2); // refused, but touches "active"
    limiter.take("new", 3); // evicts "idle"
    expect(limiter.take("active", 4)).toBe(false);
    expect(limiter.take("idle", 4)).toBe(true);
  });

  it("uses the injected clock when no time is given", () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 1, windowMs: 1_000, now: () => now });
    expect(limiter.take("U1")).toBe(true);
    expect(limiter.take("U1")).toBe(false);
    now = 1_000;
    expect(limiter.take("U1")).toBe(true);
  });

  it("rejects nonsense settings", () => {
    expect(() => createRateLimiter({ limit: 0 })).toThrow(RangeError);
    expect(() => createRateLimiter({ windowMs: 0 })).toThrow(RangeError);
    expect(() => createRateLimiter({ maxUsers: 0 })).toThrow(RangeError);
  });
});
