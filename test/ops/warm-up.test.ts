import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/engine.js";
import type { Answer, Engine } from "../../src/answer/types.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import type { KnowledgeModel } from "../../src/knowledge/model.js";
import { withAnswerCache } from "../../src/ops/answer-cache.js";
import { warmUp } from "../../src/ops/warm-up.js";

let model: KnowledgeModel;
beforeAll(async () => {
  const loaded = await loadKnowledge(path.join(import.meta.dirname, "..", "..", "knowledge"));
  if (!loaded.ok) throw new Error("the real knowledge must load for this test");
  model = loaded.model;
});

/** An engine that records what it is asked. */
function recording(engine: Engine): Engine & { asked: string[] } {
  const asked: string[] = [];
  return {
    model: engine.model,
    asked,
    ask(q: string): Answer {
      asked.push(q);
      return engine.ask(q);
    },
    about: (id, intent) => engine.about(id, intent),
    help: () => engine.help(),
  };
}

describe("warmUp", () => {
  it("asks the new engine what the serving one was asked most recently, newest first", async () => {
    const serving = withAnswerCache(createEngine(model));
    for (const q of ["who leads the MARA?", "what is CRSV", "links on SEA"]) serving.ask(q);
    const next = recording(createEngine(model));
    expect(await warmUp(next, serving)).toBe(3);
    expect(next.asked).toEqual(["links on SEA", "what is CRSV", "who leads the MARA?"]);
  });

  it("fills the new engine's answer cache, so a popular question is answered from it at once", async () => {
    const serving = withAnswerCache(createEngine(model));
    serving.ask("who leads the MARA?");
    const next = withAnswerCache(createEngine(model));
    await warmUp(next, serving);
    expect(next.cache.size).toBe(1);
    expect(next.ask("who leads the MARA?")).toEqual(serving.ask("who leads the MARA?"));
    expect(next.cache.hits).toBe(1);
  });

  it("keeps to its bounds and never fails on a question the new engine throws on", async () => {
    const serving = withAnswerCache(createEngine(model));
    for (let i = 0; i < 10; i++) serving.ask(`what is CRSV ${i}`);
    const next = recording(createEngine(model));
    expect(await warmUp(next, serving, { maxQuestions: 4 })).toBe(4);
    expect(await warmUp(next, serving, { maxMs: 0 })).toBe(0);
    const throwing: Engine = {
      ...next,
      ask() {
        throw new Error("boom");
      },
    };
    expect(await warmUp(throwing, serving)).toBe(10);
  });

  it("does nothing when the serving engine keeps no record of questions", async () => {
    const next = recording(createEngine(model));
    expect(await warmUp(next, createEngine(model))).toBe(0);
    expect(next.asked).toEqual([]);
  });
});
