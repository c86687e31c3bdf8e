import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/engine.js";
import type { Engine } from "../../src/answer/types.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { withAnswerCache } from "../../src/ops/answer-cache.js";

let engine: Engine;
beforeAll(async () => {
  const loaded = await loadKnowledge(path.join(import.meta.dirname, "..", "..", "knowledge"));
  if (!loaded.ok) throw new Error("the real knowledge must load for this test");
  engine = createEngine(loaded.model);
});

describe("withAnswerCache", () => {
  it("gives the same answers as the engine it wraps", () => {
    const cached = withAnswerCache(engine);
    for (const q of [
      "who leads the MARA?",
      "what is CRSV",
      "what does WHO do about malaria?",
      "",
    ]) {
      expect(cached.ask(q)).toEqual(engine.ask(q));
      expect(cached.ask(q)).toEqual(engine.ask(q)); // and again, from the cache
    }
    const id = [...engine.model.byId.keys()][0] as string;
    expect(cached.about(id)).toEqual(engine.about(id));
    expect(cached.about(id, "resources")).toEqual(engine.about(id, "resources"));
    expect(cached.about("no-such-record")).toEqual(engine.about("no-such-record"));
    expect(cached.help()).toEqual(engine.help());
    expect(cached.model).toBe(engine.model);
  });

  it("keys on the exact question, so each answer echoes what was asked", () => {
    const cached = withAnswerCache(engine);
    expect(cached.ask("Who leads the MARA?").question).toBe("Who leads the MARA?");
    expect(cached.ask("who leads the mara").question).toBe("who leads the mara");
    expect(cached.cache).toMatchObject({ hits: 0, misses: 2 });
    cached.ask("Who leads the MARA?");
    expect(cached.cache).toMatchObject({ hits: 1, misses: 2, size: 2 });
  });

  it("stays bounded, dropping the least recently used", () => {
    const cached = withAnswerCache(engine, { max: 3 });
    for (const q of ["q1", "q2", "q3"]) cached.ask(q);
    cached.ask("q1"); // q1 is now the most recent
    cached.ask("q4"); // evicts q2
    expect(cached.cache.size).toBe(3);
    const misses = cached.cache.misses;
    cached.ask("q1");
    cached.ask("q3");
    expect(cached.cache.misses).toBe(misses);
    cached.ask("q2");
    expect(cached.cache.misses).toBe(misses + 1);
  });

  it("does not cache very long questions", () => {
    const cached = withAnswerCache(engine, { maxQuestionLength: 20 });
    const long = "who leads the MARA assessment, please?";
    expect(cached.ask(long)).toEqual(engine.ask(long));
    expect(cached.cache.size).toBe(0);
  });
  it("lists the questions asked most recently, each once, newest first", () => {
    const cached = withAnswerCache(engine);
    for (const q of ["what is CRSV", "who leads the MARA?", "what is CRSV", "what is SEA"])
      cached.ask(q);
    cached.help();
    cached.about([...engine.model.byId.keys()][0] as string);
    // Only typed questions: a did-you-mean click or help is not something to ask again.
    expect(cached.recentQuestions(10)).toEqual([
      "what is SEA",
      "what is CRSV",
      "who leads the MARA?",
    ]);
    expect(cached.recentQuestions(2)).toEqual(["what is SEA", "what is CRSV"]);
  });
});
