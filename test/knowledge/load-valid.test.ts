// The valid fixture base loads into a frozen model with every reverse relation precomputed.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import type { KnowledgeModel } from "../../src/knowledge/model.js";

const DIR = "test/fixtures/knowledge/valid";
let model: KnowledgeModel;
let warnings: readonly { message: string }[];

beforeAll(async () => {
  const result = await loadKnowledge(DIR);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
  model = result.model;
  warnings = result.warnings;
});

const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((m) => m.id);

describe("loading the valid fixture base", () => {
  it("reads every YAML file recursively, skipping hidden files and non-YAML files", () => {
    expect(model.files).toEqual([
      `${DIR}/activities.yml`,
      `${DIR}/entities.yml`,
      `${DIR}/examples.yml`,
      `${DIR}/groups/networks.yml`,
      `${DIR}/memberships.yml`,
      `${DIR}/resources.yml`,
      `${DIR}/sources.yml`,
      `${DIR}/terms.yml`,
    ]);
    expect(model.dir).toBe(path.resolve(DIR));
    expect(warnings).toEqual([]);
  });

  it("indexes records by kind and by id, with type and origin", () => {
    expect([...model.entities.keys()].sort()).toEqual([
      "dpo",
      "iacg-ma",
      "ohchr",
      "orolsi",
      "un-action",
      "unicef",
      "unmas",
    ]);
    expect(model.activities.size).toBe(2);
    expect(model.memberships.size).toBe(3);
    expect(model.resources.size).toBe(2);
    expect(model.terms.size).toBe(3);
    expect(model.examples.size).toBe(1);
    expect(model.sources.size).toBe(2);
    expect(model.byId.size).toBe(20);
    const unmas = model.entities.get("unmas");
    expect(unmas?.type).toBe("entity");
    expect(unmas?.origin).toEqual({ file: `${DIR}/entities.yml`, line: 27, col: 5 });
    expect(model.byId.get("iacg-ma")?.origin).toEqual({
      file: `${DIR}/groups/networks.yml`,
      line: 10,
      col: 5,
    });
    expect(model.byId.get("mara-assessment")?.type).toBe("activity");
    // YAML `2019-01-01` and `2020-11` stay strings in the model.
    expect(model.entities.get("dpo")?.former_names?.[0]?.until).toBe("2019-01-01");
    expect(model.activities.get("mara-assessment")?.since).toBe("2020-11");
    expect(model.synonyms).toEqual([["evaluation", "assessment"]]);
  });

  it("precomputes what entities lead, join, contribute to and chair", () => {
    const r = model.relations;
    expect(r.leads.get("dpo")).toEqual(["mara-assessment"]);
    expect(r.partnerIn.get("ohchr")).toEqual(["mara-assessment"]);
    expect(r.partnerIn.get("unicef")).toEqual(["mara-assessment"]);
    expect(r.contributesTo.get("dpo")).toEqual(["sea-scoping-study"]);
    expect(r.chairs.get("unmas")).toEqual(["iacg-ma"]);
    expect(r.chairs.get("dpo")).toBeUndefined();
    expect(ids(r.memberOf.get("dpo"))).toEqual(["dpo-in-un-action"]);
    expect(ids(r.members.get("un-action"))).toEqual(["dpo-in-un-action", "ohchr-in-un-action"]);
    expect(r.members.get("iacg-ma")?.[0]?.role).toBe("chair");
  });

  it("precomputes parts, activities under a group, resources, examples, topics and related", () => {
    const r = model.relations;
    expect(r.parts.get("dpo")).toEqual(["orolsi"]);
    expect(r.parts.get("orolsi")).toEqual(["unmas"]);
    expect(r.parts.get("un-action")).toEqual(["mara-assessment", "sea-scoping-study"]);
    expect(r.activitiesUnder.get("un-action")).toEqual(["mara-assessment", "sea-scoping-study"]);
    expect(r.activitiesUnder.get("dpo")).toBeUndefined();
    expect(r.resourcesByTopic.get("sea")).toEqual(["psea-task-force"]);
    expect(r.resourcesAbout.get("dpo")).toEqual(["iseek-dpo"]);
    expect(r.resourcesAbout.get("sea-scoping-study")).toEqual(["psea-task-force"]);
    expect(r.examplesFor.get("dpo")).toEqual(["mara-in-practice"]);
    expect(r.examplesFor.get("mara-assessment")).toEqual(["mara-in-practice"]);
    expect(r.taggedWith.get("crsv")).toEqual(["dpo", "mara-assessment", "sea", "un-action"]);
    expect(r.taggedWith.get("sea")).toEqual(["psea-task-force", "sea-scoping-study"]);
    expect(r.relatedFrom.get("iacg-ma")).toEqual(["unmas"]);
    expect(r.relatedFrom.get("unmas")).toEqual(["mine-action"]);
    expect(r.relatedFrom.get("mara-assessment")).toEqual(["mara-in-practice", "sea-scoping-study"]);
  });

  it("is immutable: records, lists and maps refuse changes", () => {
    const dpo = model.entities.get("dpo");
    expect(Object.isFrozen(model)).toBe(true);
    expect(Object.isFrozen(dpo)).toBe(true);
    expect(Object.isFrozen(dpo?.acronyms)).toBe(true);
    expect(Object.isFrozen(dpo?.former_names?.[0])).toBe(true);
    expect(Object.isFrozen(model.relations.leads.get("dpo"))).toBe(true);
    expect(() => (model.entities as Map<string, unknown>).set("x", {})).toThrow(/read-only/);
    expect(() => (model.byId as Map<string, unknown>).delete("dpo")).toThrow(/read-only/);
    expect(() => (model.relations.parts as Map<string, unknown>).clear()).toThrow(/read-only/);
    expect(model.byId.has("dpo")).toBe(true);
  });
});

describe("version", () => {
  let copy: string;
  beforeAll(async () => {
    copy = await mkdtemp(path.join(os.tmpdir(), "kb-version-"));
    await cp(DIR, copy, { recursive: true });
  });
  afterAll(async () => {
    await rm(copy, { recursive: true, force: true });
  });

  it("is a short hex hash that depends on content, not on where the folder is", async () => {
    expect(model.version).toMatch(/^[0-9a-f]{12}$/);
    const same = await loadKnowledge(copy);
    expect(same.ok && same.model.version).toBe(model.version);
    const file = path.join(copy, "terms.yml");
    await writeFile(file, `${await readFile(file, "utf8")}  - [mission, operation]\n`);
    const changed = await loadKnowledge(copy);
    expect(changed.ok).toBe(true);
    if (!changed.ok) return;
    expect(changed.model.version).toMatch(/^[0-9a-f]{12}$/);
    expect(changed.model.version).not.toBe(model.version);
    expect(changed.model.synonyms).toEqual([
      ["evaluation", "assessment"],
      ["mission", "operation"],
    ]);
  });
});
