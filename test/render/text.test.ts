import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.js";
import { MAX_TEXT_CHARS, renderText } from "../../src/render/text.js";

function answer(over: Partial<Answer> = {}): Answer {
  return {
    question: "q",
    normalized: "q",
    answered: true,
    intent: "lead",
    confidence: 0.9,
    headline: "DPO leads the MARA assessment.",
    facts: [{ label: "Since", value: "November 2020" }],
    related: [],
    links: [{ title: "iSeek page", url: "https://iseek.example/x", access: "intranet" }],
    sources: [{ id: "doc", title: "Source doc", quote: "DPO has been leading" }],
    suggestions: [],
    version: "v1",
    ...over,
  };
}

describe("renderText", () => {
  it("renders correction, headline, facts, links and the source, in that order", () => {
    const text = renderText(answer({ correction: "No: DPO leads it, not OHCHR." }));
    expect(text).toBe(
      [
        "No: DPO leads it, not OHCHR.",
        "DPO leads the MARA assessment.",
        "• Since: November 2020",
        "Links:",
        "• iSeek page: https://iseek.example/x (UN intranet)",
        // One quoted passage: the text card shows the passage; JSON and Block Kit carry the title.
        'Source: "DPO has been leading"',
      ].join("\n"),
    );
  });
  it("names each source when there are several", () => {
    const text = renderText(
      answer({
        sources: [
          { id: "a", title: "Doc A (source document)", quote: "first passage" },
          { id: "b", title: "Doc B", quote: "second passage" },
        ],
      }),
    );
    expect(text.split("\n").at(-1)).toBe(
      'Sources: Doc A: "first passage"; Doc B: "second passage"',
    );
  });
  it("renders a refusal with its suggestions and no source", () => {
    const text = renderText(
      answer({
        answered: false,
        headline: "I don't have that in my knowledge base.",
        facts: [],
        links: [],
        suggestions: [
          { ref: { id: "mara", kind: "term", label: "MARA" }, question: "What is MARA?" },
        ],
      }),
    );
    expect(text).toBe('I don\'t have that in my knowledge base.\nYou could ask: "What is MARA?"');
  });
  it("caps the length whatever the answer holds, keeping the source line", () => {
    const big = answer({
      headline: "x".repeat(5000),
      facts: Array.from({ length: 50 }, (_, i) => ({ label: `F${i}`, value: "y".repeat(1000) })),
    });
    const text = renderText(big);
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(text.split("\n").at(-1)).toBe('Source: "DPO has been leading"');
  });
  it("cuts a long quoted passage at a word's end, never inside a word", () => {
    const quote =
      "UNMAS, housed in the Department of Peacekeeping Operations Office of Rule of Law and Security Institutions, coordinates mine action.";
    const line = renderText(answer({ sources: [{ id: "d", title: "Doc", quote }] }))
      .split("\n")
      .at(-1);
    expect(line).toBe(
      'Source: "UNMAS, housed in the Department of Peacekeeping Operations Office of Rule of Law and Security…"',
    );
    // One unbroken word longer than the room is still cut to fit.
    const long = renderText(
      answer({ sources: [{ id: "d", title: "Doc", quote: "z".repeat(300) }] }),
    );
    expect(long.split("\n").at(-1)).toBe(`Source: "${"z".repeat(99)}…"`);
  });
});
