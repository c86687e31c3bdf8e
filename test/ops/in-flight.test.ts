import { describe, expect, it } from "vitest";
import { createInFlight } from "../../src/ops/in-flight.js";

const later = <T>(ms: number, value: T) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe("createInFlight", () => {
  it("counts tasks until they settle and passes results and errors through", async () => {
    const inFlight = createInFlight();
    const a = inFlight.track(later(20, "a"));
    const b = inFlight.track(() => Promise.reject(new Error("boom")));
    const c = inFlight.track(() => {
      throw new Error("sync boom");
    });
    expect(inFlight.size).toBe(3);
    await expect(b).rejects.toThrow("boom");
    await expect(c).rejects.toThrow("sync boom");
    expect(inFlight.size).toBe(1);
    expect(await a).toBe("a");
    expect(inFlight.size).toBe(0);
  });

  it("drain resolves true once the last task settles", async () => {
    const inFlight = createInFlight();
    let finished = false;
    void inFlight.track(later(50, null).then(() => (finished = true)));
    expect(inFlight.draining).toBe(false);
    const drained = await inFlight.drain(5_000);
    expect(drained).toBe(true);
    expect(finished).toBe(true);
    expect(inFlight.draining).toBe(true);
  });

  it("drain gives up after the timeout, leaving the task running", async () => {
    const inFlight = createInFlight();
    const slow = inFlight.track(later(300, "slow"));
    const started = Date.now();
    expect(await inFlight.drain(30)).toBe(false);
    expect(Date.now() - started).toBeLessThan(250);
    expect(inFlight.size).toBe(1);
    await slow;
    expect(inFlight.size).toBe(0);
  });

  it("drain with nothing in flight resolves at once", async () => {
    expect(await createInFlight().drain(10_000)).toBe(true);
  });
});
