// Session 7 mechanisms, on the shipped knowledge: one-letter chat spellings, cues weighed where
// they stand, "what are the <bodies> …" as a which-question.
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/answer/intent.js";
import { renderText } from "../../src/render/text.js";
import { engineOnFolder } from "../helpers/real-engine.js";

const on = engineOnFolder("knowledge");
const text = (q: string) => renderText(on.engine.ask(q));
const MARA_PARTNERS = /OHCHR[\s\S]*UNFPA[\s\S]*UNICEF/;

describe("one-letter chat spellings", () => {
  it("'w', 'r' and 'n' are read as the words they stand for", () => {
    expect(parseQuestion("which agencys r partnering w DPO on mara", () => false).words).toEqual(
      expect.arrayContaining(["are", "with"]),
    );
    expect(parseQuestion("women n girls", () => false).words).toContain("and");
  });
  it("'w/o' is without, not with", () => {
    const words = parseQuestion("who works w/o DPO", () => false).words;
    expect(words).toContain("without");
    expect(words).not.toContain("with");
  });
  it("other single letters still go", () => {
    expect(parseQuestion("what does x stand for", () => false).words).not.toContain("x");
  });
  it("partner questions in chat spelling list the partners", () => {
    for (const q of [
      "which agencys r partnering w DPO on mara",
      "wat r the orgs helping dpo w mara",
      "hey who r the partners dpo works w on the mara eval, need full list asap",
    ])
      expect(text(q), q).toMatch(MARA_PARTNERS);
  });
});

describe("cues weighed where they stand", () => {
  it("a cue in the head outweighs a heavier one further on", () => {
    const p = parseQuestion("who are the partners dpo works with on the mara", () => false);
    expect(p.intent).toBe("partners");
  });
  it("'what are the <bodies> <doing>' asks which, not what they are", () => {
    expect(
      parseQuestion("what are the organisations helping dpo with mara", () => false).intent,
    ).toBe("partners");
    // Without a kind of body after it, "what are" still asks a definition.
    expect(parseQuestion("what are the SEA resources", () => false).intent).not.toBe("partners");
  });
});
