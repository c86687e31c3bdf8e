import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_LEXICON } from "../../../src/answer/lexicon/load.js";
import { couldMatch, requiredLiterals } from "../../../src/answer/lexicon/required-literals.js";
import { foldText } from "../../../src/answer/normalize.js";

describe("requiredLiterals", () => {
  it.each([
    [/\bwhat (?:does|do) \w+ think\b/, [" think"]],
    [/\b(?:differ|compare|versus)\b/, ["differ", "compare", "versus"]],
    [/organi[sz]ations?/, ["organi"]],
    [/(?:links?|urls?) for/, [" for"]],
    [/(?:it|we) (?:go|do)/, ["it", "we"]],
  ])("%s needs one of %j", (re, need) => {
    expect([...(requiredLiterals(re)?.strings ?? [])].sort()).toEqual([...need].sort());
  });

  it.each([/\w+(?:a|b)/, /(?:a|b)c?/, /^(?:x|longer)$/, /help/i])(
    "%s has no usable need, so nothing is ruled out",
    (re) => {
      expect(requiredLiterals(re)).toBeUndefined();
      expect(couldMatch(undefined, "anything")).toBe(true);
    },
  );

  it("keeps a string only when no shorter one of the set is inside it", () => {
    expect(requiredLiterals(/(?:links|linked|link) to/)?.strings).toEqual(["link"]);
    expect(requiredLiterals(/\b(?:link|links|linked)\b/)?.strings).toEqual(["link"]);
  });

  it("rules out a text without the literals and lets one with them through", () => {
    const need = requiredLiterals(/\b(?:chair|preside)s?\b/);
    expect(couldMatch(need, "who leads the mara")).toBe(false);
    expect(couldMatch(need, "who chairs the iacg")).toBe(true);
    expect(couldMatch(need, "presidency")).toBe(true);
  });

  // The guard must never hide a match: every vocabulary pattern against every question of the
  // question sets (folded as the engine folds them) and every single word of them.
  it("never rules out a text a vocabulary pattern matches", () => {
    const dir = join(import.meta.dirname, "../../fixtures/eval");
    const texts = new Set<string>();
    for (const f of readdirSync(dir)) {
      for (const c of JSON.parse(readFileSync(join(dir, f), "utf8")) as { question: string }[]) {
        const t = foldText(c.question)
          .replace(/[^a-z0-9' -]+/g, " ")
          .replace(/\s+/g, " ")
          .trim();
        texts.add(t);
        for (const w of t.split(" ")) texts.add(w);
      }
    }
    const patterns = [...BUILTIN_LEXICON.cues, ...BUILTIN_LEXICON.asks, ...BUILTIN_LEXICON.scope];
    let matched = 0;
    for (const p of patterns) {
      for (const t of texts) {
        if (!p.re.test(t)) continue;
        matched++;
        expect(couldMatch(p.need, t), `${p.re.source} on "${t}"`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(1000);
    expect(patterns.filter((p) => p.need !== undefined).length).toBeGreaterThan(
      patterns.length * 0.9,
    );
  });
});
