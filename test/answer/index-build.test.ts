// The candidate index built in slices (for reloads) is the same index the one-shot build makes:
// every question gets the same answer from both.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CandidateIndex } from "../../src/answer/candidate-index.js";
import { createEngine, createEngineAsync } from "../../src/answer/engine.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { renderText } from "../../src/render/text.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

describe("sliced index build", () => {
  it.each(["knowledge", "examples/brightwater"])("gives the same answers on %s", async (dir) => {
    const res = await loadKnowledge(path.join(repoRoot, dir));
    if (!res.ok) throw new Error(`${dir} does not load`);
    const sync = createEngine(res.model);
    // A slice of 0 ms yields after every record: the most interleaved build there is.
    const sliced = await createEngineAsync(res.model, {
      index: await CandidateIndex.build(res.model, 0),
    });
    const questions = [
      "who leads the MARA assessment?",
      "wat does MARA stand for lol",
      "who chairs the IACG-MA, and where is UNMAS housed?",
      "qui dirige l'évaluation du MARA ?",
      "who co-chairs the Frontend Guild?",
      "how do I contact the SRE team?",
      "what does WFP do?",
    ];
    for (const q of questions) expect(renderText(sliced.ask(q))).toBe(renderText(sync.ask(q)));
  });
});
