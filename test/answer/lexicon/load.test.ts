// The question vocabulary is data: the built-in files load, and a bad edit is reported with its
// file, line and column like a knowledge problem.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { kindAsked } from "../../../src/answer/kind-asked.js";
import { compileLexicon } from "../../../src/answer/lexicon/compile.js";
import { alternation, classOf, inClass } from "../../../src/answer/lexicon/lexicon.js";
import { BUILTIN_LEXICON, readLexiconSource } from "../../../src/answer/lexicon/load.js";
import { QUESTION_TYPES, registryGaps } from "../../../src/answer/registry.js";
import type { KnowledgeProblem } from "../../../src/knowledge/model.js";

const fixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../fixtures/lexicon",
);

function load(name: string): { problems: KnowledgeProblem[] } {
  const problems: KnowledgeProblem[] = [];
  const file = path.join(fixtures, name);
  const src = readLexiconSource(name, readFileSync(file, "utf8"), problems);
  if (src) compileLexicon([src], problems);
  return { problems };
}

describe("question vocabulary files", () => {
  it("loads English and French with cues for every registered question type", () => {
    expect(BUILTIN_LEXICON.languages).toEqual(["en", "fr"]);
    expect(BUILTIN_LEXICON.filler.has("lol")).toBe(true);
    expect(BUILTIN_LEXICON.rewrites.get("wat")).toEqual(["what"]);
    expect(registryGaps(BUILTIN_LEXICON.types)).toEqual({ unhandled: [], unreachable: [] });
    expect(Object.keys(QUESTION_TYPES).sort()).toEqual([...BUILTIN_LEXICON.types].sort());
  });

  it("reports a pattern that is not a regular expression at its line and column", () => {
    const { problems } = load("bad-pattern.yml");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "bad-pattern.yml", line: 4, col: 16 });
    expect(problems[0]?.message).toMatch(/^not a valid pattern: /);
    expect(problems[0]?.code).toBe("KB030");
  });

  it("reports an unknown key (a typo) where it stands", () => {
    const { problems } = load("unknown-key.yml");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "unknown-key.yml", line: 3, col: 1 });
    expect(problems[0]?.message).toBe("unknown key 'fillers'");
  });

  it("loads the closed word classes per language, folded", () => {
    expect(inClass(BUILTIN_LEXICON, "prepositions", "within")).toBe(true);
    expect(inClass(BUILTIN_LEXICON, "prepositions", "dans")).toBe(true);
    expect(classOf(BUILTIN_LEXICON, "prepositions", "en").has("dans")).toBe(false);
    // Phrases are folded as questions are ("afrique de l'ouest" → "afrique de l ouest").
    expect(inClass(BUILTIN_LEXICON, "regions", "afrique de l ouest")).toBe(true);
    expect(inClass(BUILTIN_LEXICON, "regions", "west africa")).toBe(true);
    expect(classOf(BUILTIN_LEXICON, "language_markers", "fr").has("quelle")).toBe(true);
    expect(classOf(BUILTIN_LEXICON, "language_markers", "en").size).toBe(0);
    // An empty class matches nothing rather than the empty string.
    expect(
      new RegExp(`^(?:${alternation(BUILTIN_LEXICON, "language_markers", "en")})$`).test(""),
    ).toBe(false);
  });

  it("reads a single letter at the end of a phrase as questions do ('mener a|…' is 'mener')", () => {
    const problems: KnowledgeProblem[] = [];
    const src = readLexiconSource(
      "t.yml",
      "language: fr\ntypes:\n  purpose:\n    - pattern: '\\b(?:mener a|de l)\\b'\n      weight: 10\n",
      problems,
    );
    const lex = src ? compileLexicon([src], problems) : undefined;
    expect(problems).toEqual([]);
    expect(lex?.cues[0]?.re.test("doit mener quoi")).toBe(true);
    expect(lex?.cues[0]?.re.test("nom de chef")).toBe(true);
  });

  it("reports an unknown word class where it stands", () => {
    const { problems } = load("unknown-class.yml");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "unknown-class.yml", line: 4 });
  });

  it("kind nouns map to record kinds per language, merged, and a folder's file adds its own", () => {
    expect(BUILTIN_LEXICON.kindNouns.get("framework")).toEqual(["policy"]);
    expect(BUILTIN_LEXICON.kindNouns.get("cadre")).toEqual(["policy"]);
    const problems: KnowledgeProblem[] = [];
    const src = readLexiconSource(
      "k.yml",
      "language: en\nkind_nouns:\n  squad: [team]\n",
      problems,
    );
    const lex = src ? compileLexicon([src], problems) : undefined;
    expect(problems).toEqual([]);
    expect(kindAsked(["which", "squad", "runs", "it"], lex as never)).toEqual(["team"]);
  });

  it("names a registry gap when the vocabulary has a type no composer answers", () => {
    expect(registryGaps([...BUILTIN_LEXICON.types, "weather"]).unhandled).toEqual(["weather"]);
  });
});
