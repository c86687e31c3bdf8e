// The engine on the shipped knowledge/ folder: the public example questions, our own held-out
// paraphrases (typos, French, several entities, false premises, refusals), and answer shape.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EvalFile, formatReport, scoreCases } from "../../src/answer/eval-cases.js";
import { renderText } from "../../src/render/text.js";
import { engineOnFolder, repoRoot } from "../helpers/real-engine.js";

const on = engineOnFolder("knowledge");

function cases(file: string) {
  return EvalFile.parse(JSON.parse(readFileSync(file, "utf8")));
}

describe("case files", () => {
  it("passes every public example question", () => {
    const results = scoreCases(
      on.engine,
      cases(path.resolve(repoRoot, "../shared/eval/public.json")),
    );
    expect(results.length).toBeGreaterThanOrEqual(35);
    expect(formatReport(results).split("\n").at(-1)).toBe(`${results.length} passed, 0 failed`);
  });
  it("passes our held-out paraphrases (40+)", () => {
    const file = cases(path.join(repoRoot, "test/fixtures/eval/paraphrases.json"));
    expect(file.length).toBeGreaterThanOrEqual(40);
    const report = formatReport(scoreCases(on.engine, file));
    expect(report.split("\n").at(-1)).toBe(`${file.length} passed, 0 failed`);
  });
});

describe("answers on the shipped knowledge", () => {
  it("leads with the direct answer in one sentence", () => {
    const a = on.engine.ask("who leeds the MARA assessment??");
    expect(a.headline).toBe(
      "DPO (Department of Peace Operations) has led the MARA assessment since November 2020, with OHCHR, OSRSG-SVC, DPPA, UNFPA and UNICEF.",
    );
    expect(a.sources[0]?.id).toBe("dpo-contributions-wps");
  });
  it("gives the corrected fact for a false premise", () => {
    const a = on.engine.ask("is the MARA assessment led by OHCHR?");
    expect(a.correction).toMatch(
      /^No — The MARA assessment is led by DPO, not OHCHR \(OHCHR is a partner\)\.$/,
    );
  });
  it("finds what several named entities do together", () => {
    const a = on.engine.ask("who works with UNFPA and UNICEF on CRSV?");
    expect(a.answered).toBe(true);
    expect(a.primary?.id).toBe("mara-assessment");
  });
  it("marks intranet links", () => {
    expect(renderText(on.engine.ask("links on SEA"))).toContain("(UN intranet)");
  });
  it("keeps answers short and never dumps the knowledge base", () => {
    for (const q of [
      "what is DPO?",
      "what does DPO do?",
      "what can you help with?",
      "who works with DPO?",
    ]) {
      const text = renderText(on.engine.ask(q));
      expect(text.length).toBeLessThanOrEqual(1500);
    }
    expect(renderText(on.engine.ask("who leads the MARA assessment")).length).toBeLessThan(800);
  });
  it("refuses a known name asked about an attribute the knowledge has no field for", () => {
    for (const q of [
      "what's the budget for the MARA assessment?",
      "which countries will get the new MARA guidance first?",
    ]) {
      const a = on.engine.ask(q);
      expect(a.answered).toBe(false);
      expect(a.suggestions.some((s) => s.ref.id.startsWith("mara"))).toBe(true);
    }
  });
});
