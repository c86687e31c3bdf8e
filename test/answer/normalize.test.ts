import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  foldText,
  MAX_QUESTION_CHARS,
  normalizeSlackText,
  shoutedAcronyms,
} from "../../src/answer/normalize.js";
import { editDistance, rawTokens, stem } from "../../src/answer/tokens.js";

describe("normalizeSlackText", () => {
  it("strips user mentions and broadcast tags", () => {
    expect(normalizeSlackText("<@U0123ABC> what does unmas do <!here>")).toBe("what does unmas do");
  });
  it("strips mentions typed as plain text, but keeps email addresses", () => {
    expect(normalizeSlackText("@channel for the slide, @maria.s: who chairs it?")).toBe(
      "for the slide, : who chairs it?",
    );
    expect(normalizeSlackText("write to a.b@un.org")).toBe("write to a.b@un.org");
  });
  it("keeps channel names and link labels, and bare link URLs", () => {
    expect(normalizeSlackText("see <#C42|wps-team> and <https://x.org/a|the MARA page>")).toBe(
      "see wps-team and the MARA page",
    );
    expect(normalizeSlackText("read <https://x.org/a>")).toBe("read https://x.org/a");
  });
  it("decodes Slack's HTML entities", () => {
    expect(normalizeSlackText("peace &amp; security &lt;now&gt;")).toBe("peace & security <now>");
  });
  it("drops emoji and :shortcodes: but not times", () => {
    expect(normalizeSlackText("hey :wave: 👋🏽 who leads MARA? :flag-fr: at 10:30")).toBe(
      "hey who leads MARA? at 10:30",
    );
  });
  it("collapses whitespace and considers only the first 500 characters", () => {
    expect(normalizeSlackText("  who\n\n leads\tMARA  ")).toBe("who leads MARA");
    const long = `who leads the MARA assessment ${"blah ".repeat(500)}`;
    const out = normalizeSlackText(long);
    expect(out.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(out.startsWith("who leads the MARA assessment")).toBe(true);
  });
  it("never throws and never exceeds the cap, whatever it is given", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (s) => {
        const out = normalizeSlackText(s);
        expect(out.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
        expect(out).toBe(out.trim());
      }),
    );
    expect(normalizeSlackText(undefined)).toBe("");
    expect(normalizeSlackText(42)).toBe("42");
  });
});

describe("foldText", () => {
  it("folds case, accents and typographic quotes", () => {
    expect(foldText("Qui dirige l’Évaluation du MARA ?")).toBe("qui dirige l'evaluation du mara ?");
    expect(foldText("Œuvre  Sécurité")).toBe("oeuvre securite");
  });
});

describe("shoutedAcronyms", () => {
  it("finds words typed in capitals, unless the whole message is shouted", () => {
    expect(shoutedAcronyms("what does WHO do about malaria?")).toEqual(["WHO"]);
    expect(shoutedAcronyms("WHO CHAIRS THE IACG-MA")).toEqual([]);
  });
});

describe("tokens", () => {
  it("splits on punctuation and drops single letters (elisions, 's)", () => {
    expect(rawTokens(foldText("l'EAS, UN Women's role; IACG-MA"))).toEqual([
      "eas",
      "un",
      "women",
      "role",
      "iacg",
      "ma",
    ]);
  });
  it("stems plurals and -ing forms consistently", () => {
    expect(stem("arrangements")).toBe("arrangement");
    expect(stem("activities")).toBe("activity");
    expect(stem("reporting")).toBe("report");
    expect(stem("analysis")).toBe("analysis");
  });
  it("counts a swap of two letters as one typo", () => {
    expect(editDistance("coordinaets", "coordinates", 2)).toBe(1);
    expect(editDistance("leeds", "leads", 1)).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBeGreaterThan(1);
  });
});
