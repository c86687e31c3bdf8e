// The second shipped example (a software company, not UN-like) validates and holds what its
// README promises; its question file is well formed. Engine scores are tested with the engine.
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { EvalFile } from "../../src/answer/eval-cases.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import type { KnowledgeModel } from "../../src/knowledge/model.js";

let model: KnowledgeModel;

beforeAll(async () => {
  const result = await loadKnowledge("examples/brightwater");
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
  expect(result.warnings).toEqual([]);
  model = result.model;
});

describe("examples/brightwater", () => {
  it("has at least 30 groups and 60 people, each group reachable by chat and mailing list", () => {
    const groups = [...model.entities.values()].filter(
      (e) => e.kind === "team" || e.kind === "group" || e.kind === "office",
    );
    expect(groups.length).toBeGreaterThanOrEqual(30);
    expect(model.people.size).toBeGreaterThanOrEqual(60);
    for (const g of groups) {
      expect(
        g.contacts?.some((c) => c.type === "chat"),
        g.id,
      ).toBe(true);
    }
    expect(
      groups.filter((g) => g.contacts?.some((c) => c.type === "mailing-list")).length,
    ).toBeGreaterThanOrEqual(30);
  });

  it("holds several roles per group, including declared ones", () => {
    const holders = model.relations.holders.get("payments-team");
    expect(holders?.get("lead")).toEqual(["grace-mensah"]);
    expect(holders?.get("technical-lead")).toEqual(["lucas-ferreira"]);
    expect(model.relations.holders.get("frontend-guild")?.get("co-chair")).toEqual([
      "jonas-berg",
      "victor-ng",
    ]);
    expect(model.relations.registry.get("release-manager")?.reverse.get("mobile-app")).toEqual([
      "camille-dubois",
    ]);
    expect(model.roles.get("lead")?.words.en).toContain("engineering manager");
    const arb = model.relations.rolesHeld
      .get("tomasz-nowak")
      ?.filter((h) => h.group === "architecture-review-board");
    expect(arb?.map((h) => h.role)).toEqual(["chair", "technical-lead"]);
  });

  it("answers ownership and stakeholders both ways", () => {
    const owner = model.relations.registry.get("owner");
    expect(owner?.forward.get("platform-team")).toEqual(["ci-platform", "feature-flags"]);
    expect(owner?.reverse.get("auth-service")).toEqual(["identity-team", "omar-haddad"]);
    const stake = model.relations.registry.get("stakeholder");
    expect(stake?.forward.get("security-team")).toEqual([
      "identity-team",
      "incident-review-wg",
      "payments-team",
    ]);
  });

  it("declares the words that collide with question cues as names", () => {
    expect(model.vocabulary.names).toEqual(
      expect.arrayContaining(["docs", "steering", "conduct", "responsible"]),
    );
    for (const word of ["Docs", "Steering", "Conduct", "Responsible AI"]) {
      const named = [...model.entities.values()].some((e) =>
        [e.name, ...(e.aliases ?? [])].some((n) => n.includes(word)),
      );
      expect(named, word).toBe(true);
    }
  });

  it("comes with 60 questions, about 70% answerable, each answerable one with expectations", async () => {
    const cases = EvalFile.parse(
      JSON.parse(await readFile("test/fixtures/eval/brightwater.json", "utf8")),
    );
    expect(cases).toHaveLength(60);
    expect(new Set(cases.map((c) => c.id)).size).toBe(60);
    const answerable = cases.filter((c) => c.answerable);
    expect(answerable.length / cases.length).toBeGreaterThanOrEqual(0.65);
    expect(answerable.length / cases.length).toBeLessThanOrEqual(0.75);
    for (const c of answerable) expect(c.expect.length, c.id).toBeGreaterThan(0);
    for (const c of cases.filter((x) => !x.answerable)) expect(c.expect, c.id).toEqual([]);
  });
});
