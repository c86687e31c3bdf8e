// Whatever arrives from Slack, the engine on the real knowledge answers without throwing, with a
// well-formed Answer whose renderings stay within their caps.
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/engine.js";
import type { Answer, Engine } from "../../src/answer/types.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { LIMITS, renderBlocks } from "../../src/render/blocks.js";
import { MAX_TEXT_CHARS, renderText } from "../../src/render/text.js";

let engine: Engine;
beforeAll(async () => {
  const loaded = await loadKnowledge(path.join(import.meta.dirname, "..", "..", "knowledge"));
  if (!loaded.ok) throw new Error("the real knowledge must load for this test");
  engine = createEngine(loaded.model);
});

const words = fc.constantFrom(
  "who",
  "leads",
  "what",
  "is",
  "the",
  "DPO",
  "dpko",
  "MARA",
  "UNMAS",
  "crsv",
  "qui",
  "dirige",
  "l'évaluation",
  "IACG-MA",
  "un women",
  "and",
  "vs",
  "?",
  "!!!",
  "<@U123>",
  "<#C1|general>",
  "<https://example.org|link>",
  ":wave:",
  "👍🏽",
  "\u0000",
  "\u202e",
  "\ud800",
  "\t\n",
);

const question = fc.oneof(
  fc.array(words, { maxLength: 12 }).map((w) => w.join(" ")),
  fc
    .array(fc.oneof(words, fc.string({ unit: "grapheme", maxLength: 12 })), { maxLength: 10 })
    .map((w) => w.join(" ")),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc
    .tuple(
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }),
      fc.integer({ min: 1_000, max: 100_000 }),
    )
    .map(([s, n]) => s.repeat(Math.ceil(n / s.length))),
);

function expectValid(a: Answer): void {
  expect(typeof a.answered).toBe("boolean");
  expect(typeof a.headline).toBe("string");
  expect(a.headline.trim().length).toBeGreaterThan(0);
  expect(a.confidence).toBeGreaterThanOrEqual(0);
  expect(a.confidence).toBeLessThanOrEqual(1);
  expect(a.version).toBe(engine.model.version);
  expect(a.suggestions.length).toBeLessThanOrEqual(3);
  // Every answer cites its source; a greeting or help reply (answered, intent "help") has none.
  if (a.answered && a.intent !== "help") expect(a.sources.length).toBeGreaterThan(0);
  const text = renderText(a);
  expect(text.length).toBeGreaterThan(0);
  expect(text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  const card = renderBlocks(a, {
    surface: "slash",
    ...(a.answered ? { shareId: "abcdefgh1234" } : {}),
  });
  expect(card.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
  expect(card.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
  expect(JSON.stringify(card).length).toBeLessThan(40_000);
}

describe("engine under random input", () => {
  it("ask() never throws and always gives a valid, bounded answer", () => {
    fc.assert(
      fc.property(question, (q) => {
        expectValid(engine.ask(q));
      }),
      { numRuns: 200 },
    );
  });

  it("about() with any id never throws; unknown ids are refused", () => {
    const ids = [...engine.model.byId.keys()];
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 30 })), (id) => {
        const a = engine.about(id);
        expectValid(a);
        if (!engine.model.byId.has(id)) expect(a.answered).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
