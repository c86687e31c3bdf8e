import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.js";
import { renderJson, toJson } from "../../src/render/json.js";
import { renderText } from "../../src/render/text.js";

const a: Answer = {
  question: "who chairs the IACG-MA",
  normalized: "who chairs the iacg-ma",
  answered: true,
  intent: "chair",
  confidence: 1,
  headline: "UNMAS chairs the IACG-MA.",
  primary: { id: "iacg-ma", kind: "entity", label: "IACG-MA" },
  facts: [],
  related: [],
  links: [],
  sources: [{ id: "doc", title: "Doc" }],
  suggestions: [],
  version: "abc123",
};

describe("renderJson", () => {
  it("has every documented field, with text the full plain-text rendering", () => {
    const j = toJson(a);
    expect(Object.keys(j).sort()).toEqual(
      [
        "answered",
        "confidence",
        "facts",
        "intent",
        "links",
        "primary",
        "related",
        "sources",
        "suggestions",
        "text",
        "version",
      ].sort(),
    );
    expect(j.text).toBe(renderText(a));
    expect(j.primary?.id).toBe("iacg-ma");
  });
  it("adds correction only when there is one, and null primary for refusals", () => {
    expect(toJson({ ...a, correction: "No." }).correction).toBe("No.");
    expect(toJson({ ...a, primary: undefined, answered: false }).primary).toBeNull();
  });
  it("is one line of valid JSON", () => {
    const line = renderJson({ ...a, headline: "line one\nline two" });
    expect(line.includes("\n")).toBe(false);
    expect(JSON.parse(line).answered).toBe(true);
  });
});
