// Whatever people paste into Slack — emoji, control characters, other scripts, megabytes — the
// normaliser returns bounded, clean text and never throws.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText, MAX_QUESTION_CHARS, normalizeSlackText } from "../../src/answer/normalize.js";

/** Strings built from the pieces Slack messages are made of, plus arbitrary Unicode. */
const slackish = fc
  .array(
    fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 20 }),
      fc.string({ unit: "binary", maxLength: 20 }),
      fc.constantFrom(
        "<@U123ABC>",
        "<!here>",
        "<#C123|general>",
        "<https://example.org|a link>",
        "&amp;",
        "&lt;",
        ":wave:",
        ":+1::skin-tone-3:",
        "👍🏽",
        "👨‍👩‍👧",
        "🇫🇷",
        "\u0000",
        "\u001b[31m",
        "\u200b",
        "\u202e",
        "\ufeff",
        "\r\n",
        "\t",
        "É",
        "l’Évaluation",
        "مرحبا",
        "漢字",
        "\ud800", // a lone surrogate
        "?",
        "   ",
      ),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

const huge = fc
  .tuple(
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 5 }),
    fc.integer({ min: 1_000, max: 200_000 }),
  )
  .map(([s, n]) => s.repeat(Math.ceil(n / s.length)));

function controlCharacters(text: string): number[] {
  return [...text].map((c) => c.codePointAt(0) ?? 0).filter((n) => n < 0x20 || n === 0x7f);
}

describe("normalizeSlackText", () => {
  it("always returns trimmed text without control characters, within the length cap", () => {
    fc.assert(
      fc.property(fc.oneof(slackish, huge), (raw) => {
        const out = normalizeSlackText(raw);
        expect(typeof out).toBe("string");
        expect(out.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
        expect(out).toBe(out.trim());
        expect(controlCharacters(out)).toEqual([]);
        expect(out).not.toMatch(/\s{2}/);
      }),
      { numRuns: 300 },
    );
  });

  it("accepts anything, not only strings", () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expect(typeof normalizeSlackText(raw)).toBe("string");
      }),
      { numRuns: 100 },
    );
  });
});

describe("foldText", () => {
  it("never throws, leaves no combining marks or capitals, and is stable when applied twice", () => {
    fc.assert(
      fc.property(fc.oneof(slackish, fc.string({ unit: "grapheme", maxLength: 50 })), (raw) => {
        const once = foldText(raw);
        expect(once).not.toMatch(/\p{M}/u);
        expect(once).toBe(once.toLowerCase());
        expect(foldText(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
