// Fact scoring on the shipped knowledge: BM25 over the words the answer does not yet say, the
// question type, and the records the question names; results say what matched.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { CandidateIndex } from "../../src/answer/candidate-index.js";
import { scoreFacts } from "../../src/answer/fact-score.js";
import { FactBook } from "../../src/answer/facts.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import type { KnowledgeModel } from "../../src/knowledge/model.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let model: KnowledgeModel;
let index: CandidateIndex;
let book: FactBook;
beforeAll(async () => {
  const res = await loadKnowledge(path.join(repoRoot, "knowledge"));
  if (!res.ok) throw new Error("shipped knowledge does not load");
  model = res.model;
  index = new CandidateIndex(model);
  book = new FactBook(model, index);
});

const tokens = (text: string) => index.analyzeText(text).map((token) => ({ token, weight: 1 }));

describe("facts", () => {
  it("compiles a record into facts with their fields, related records and source passages", () => {
    const facts = book.factsOf(model.byId.get("mara-assessment") as never);
    const outcome = facts.find((f) => f.field === "outcome");
    expect(outcome?.text).toMatch(/update of the existing guidance/);
    expect(outcome?.quote).toMatch(/This evaluation will notably lead to the update/);
    expect(book.factsOf(model.byId.get("mara-assessment") as never)).toBe(facts);
  });

  it("ranks the fact that holds the question's remaining words first, and says which matched", () => {
    const facts = book.factsOf(model.byId.get("mara") as never);
    const [top] = scoreFacts(
      facts,
      { tokens: tokens("country level security council"), type: "definition", named: ["mara"] },
      index,
    );
    expect(top?.fact.text).toMatch(/evidence base/);
    expect(top?.coverage).toBeGreaterThan(0.9);
    expect(top?.matched).toEqual(expect.arrayContaining(["country", "level"]));
  });

  it("credits a fact that names another record the question names, by any of its names", () => {
    const facts = book.factsOf(model.byId.get("gfp") as never);
    const wps = index.docs[index.docById.get("wps") as number];
    const scored = scoreFacts(
      facts,
      {
        tokens: [],
        type: "definition",
        named: ["gfp", "wps"],
        records: [{ keys: (wps?.keys ?? []).map((k) => k.tokens), weight: 1 }],
      },
      index,
    );
    expect(scored[0]?.fact.text).toMatch(/women, peace and security/);
    expect(scored[0]?.matched).toContain("#record");
  });

  it("prefers a fact of the asked type when the words are equal", () => {
    const facts = book.factsOf(model.byId.get("mara-assessment") as never);
    const [top] = scoreFacts(
      facts,
      { tokens: [], type: "purpose", named: ["mara-assessment"] },
      index,
    );
    expect(top?.fact.types).toContain("purpose");
  });
});
