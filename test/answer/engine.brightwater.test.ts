// The engine on the second shipped example (examples/brightwater, a software company: people,
// several roles per group, contacts, owned services, stakeholders, its own vocabulary), with no
// code specific to it: its 60 questions must pass at ≥ 90% answered and ≥ 90% refused.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EvalFile, scoreCases } from "../../src/answer/eval-cases.js";
import { engineOnFolder, repoRoot } from "../helpers/real-engine.js";

const on = engineOnFolder("examples/brightwater");

describe("examples/brightwater", () => {
  it("answers ≥ 90% of its answerable questions and refuses ≥ 90% of the others", () => {
    const file = path.join(repoRoot, "test/fixtures/eval/brightwater.json");
    const results = scoreCases(on.engine, EvalFile.parse(JSON.parse(readFileSync(file, "utf8"))));
    const yes = results.filter((r) => r.case.answerable);
    const no = results.filter((r) => !r.case.answerable);
    expect(results).toHaveLength(60);
    expect(yes.filter((r) => r.passed).length / yes.length).toBeGreaterThanOrEqual(0.9);
    expect(no.filter((r) => r.passed).length / no.length).toBeGreaterThanOrEqual(0.9);
  });

  it("names people in roles, several roles in one group, contacts and owned services", () => {
    expect(on.engine.ask("who co-chairs the Frontend Guild?").headline).toMatch(
      /Jonas Berg.*Victor Ng|Victor Ng.*Jonas Berg/,
    );
    expect(on.engine.ask("who is the tech lead of the Payments team?").headline).toMatch(
      /Lucas Ferreira/,
    );
    expect(on.engine.ask("what is the Slack channel of the Identity team?").headline).toMatch(
      /#team-identity/,
    );
    // "steering" is a name in this folder, not a cue for "who leads".
    expect(on.engine.ask("who chairs the Engineering Steering Committee?").headline).toMatch(
      /Amara Okafor/,
    );
  });

  it("refuses from the data: a kind of contact the record lacks, a phone number", () => {
    expect(on.engine.ask("where are the meeting notes of the Testing Guild?").answered).toBe(false);
    expect(on.engine.ask("what is Theo Walsh's phone number?").answered).toBe(false);
  });
});
