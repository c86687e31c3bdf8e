import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.js";
import { createShareStore } from "../../src/slack/share-store.js";

const answer = (question: string) => ({ question, answered: true }) as unknown as Answer;

describe("share store", () => {
  it("gives one short id per answer and the same answer back", () => {
    const store = createShareStore();
    const a = answer("who chairs the IACG-MA?");
    const id = store.put(a, 0);
    expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(store.put(a, 10)).toBe(id);
    expect(store.get(id, 20)).toBe(a);
    expect(store.put(answer("other"), 30)).not.toBe(id);
  });

  it("forgets answers after the time to live and beyond the most kept", () => {
    const store = createShareStore({ ttlMs: 1_000, max: 2 });
    const first = store.put(answer("1"), 0);
    expect(store.get(first, 999)).toBeDefined();
    expect(store.get(first, 1_000)).toBeUndefined();
    const [a, b, c] = ["a", "b", "c"].map((q) => store.put(answer(q), 2_000));
    expect(store.size).toBe(2);
    expect(store.get(a as string, 2_000)).toBeUndefined();
    expect(store.get(b as string, 2_000)).toBeDefined();
    expect(store.get(c as string, 2_000)).toBeDefined();
  });
});
