import { describe, expect, it } from "vitest";
import { normalizeName } from "../../src/knowledge/normalize.js";
import { closest, editDistance, SuggestBudget } from "../../src/knowledge/suggest.js";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and swaps of neighbours", () => {
    expect(editDistance("dpko", "dpko")).toBe(0);
    expect(editDistance("dpko2", "dpko")).toBe(1);
    expect(editDistance("dco", "doc")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("stops early once the distance exceeds the limit", () => {
    expect(editDistance("abcdefgh", "zyxwvuts", 2)).toBe(3);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});

describe("closest", () => {
  it("suggests only reasonably close candidates", () => {
    expect(closest("dpko2", ["dpo", "dpko", "unicef"])).toBe("dpko");
    expect(closest("summry", ["summary", "sources"])).toBe("summary");
    expect(closest("xyz", ["dpo", "unicef"])).toBeUndefined();
    expect(closest("unicf", ["unicef", "unice"])).toBe("unice");
  });

  it("bounds the distance by the length of the word: no guesses for short unrelated ids", () => {
    // One edit in three letters is a different word, not a typo.
    expect(closest("sex", ["sea", "dpo"])).toBeUndefined();
    expect(closest("dco", ["doc"])).toBeUndefined();
    // Four to seven letters: one edit; eight to eleven: two.
    expect(closest("seas", ["sea"])).toBe("sea");
    expect(closest("unwmen", ["un-women"])).toBeUndefined();
    expect(closest("un-wmen", ["un-women"])).toBe("un-women");
    expect(closest("mara-asesment", ["mara-assessment"])).toBe("mara-assessment");
    expect(closest("gender", ["sender-focal", "genre"])).toBeUndefined();
  });

  it("falls back to the single candidate starting with what was typed", () => {
    expect(closest("progr", ["programme", "project"])).toBe("programme");
    expect(closest("pro", ["programme", "project"])).toBeUndefined();
    // A short prefix of a long id is not a suggestion ("sea" for "sea-scoping-study-2020").
    expect(closest("seas", ["seasonal-scoping-study-2020"])).toBeUndefined();
  });

  it("stops spending once the budget is exhausted", () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `entity-${i}`);
    expect(closest("entity-9999", ids, new SuggestBudget(0))).toBeUndefined();
    expect(closest("entity-9999", ids, new SuggestBudget())).toBe("entity-999");
  });
});

describe("normalizeName", () => {
  it("folds case, accents, dots and punctuation", () => {
    expect(normalizeName("Département des Opérations")).toBe("departement des operations");
    expect(normalizeName("G.F.P.")).toBe(normalizeName("gfp"));
    expect(normalizeName("OSRSG-SVC")).toBe(normalizeName("osrsg  svc"));
    expect(normalizeName("UN Women")).not.toBe(normalizeName("UNWomen"));
  });
});
