// The Home tab, built from the real knowledge: its example questions must really be answered,
// and it must stay within Slack's view limits.
import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answer/types.js";
import { escapeMrkdwn } from "../../src/render/blocks.js";
import { buildHomeView, exampleQuestions } from "../../src/slack/home-view.js";
import { loadRealEngine } from "../helpers/slack-harness.js";

let engine: Engine;
beforeAll(async () => {
  engine = await loadRealEngine();
});

describe("Home tab", () => {
  it("only shows example questions the engine answers", () => {
    const examples = exampleQuestions(engine);
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const q of examples) expect(engine.ask(q).answered, q).toBe(true);
  });

  it("lists every entity by its short name and stays within limits", () => {
    const view = buildHomeView(engine);
    const texts = view.blocks.map((b) => JSON.stringify(b)).join("\n");
    for (const entity of engine.model.entities.values()) {
      expect(texts).toContain(escapeMrkdwn(entity.acronyms?.[0] ?? entity.name));
    }
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    for (const b of view.blocks as { type: string; text?: { text: string } }[]) {
      const length = b.text?.text.length ?? 0;
      if (b.type === "section") expect(length).toBeLessThanOrEqual(3000);
      if (b.type === "header") expect(length).toBeLessThanOrEqual(150);
    }
    expect(texts).toContain(engine.model.version);
  });
});
