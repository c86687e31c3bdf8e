// People, roles as data, contacts, vocabulary and language-marked names, read from a real folder.
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import type { KnowledgeModel } from "../../src/knowledge/model.js";

const DIR = "test/fixtures/knowledge/people";
let model: KnowledgeModel;

beforeAll(async () => {
  const result = await loadKnowledge(DIR);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
  expect(result.warnings).toEqual([]);
  model = result.model;
});

describe("people", () => {
  it("are records of their own, found by id, with title, affiliation and handles", () => {
    const jane = model.people.get("jane-doe");
    expect(jane).toMatchObject({
      type: "person",
      name: "Jane Doe",
      aliases: ["jdoe", "@jane", "JD"],
      title: "Staff Technical Writer",
      affiliation: "acme",
    });
    expect(model.byId.get("li-wei")?.type).toBe("person");
    // `sources` is optional for people
    expect(jane?.sources).toBeUndefined();
  });

  it("hold several roles in one group, each with its own dates", () => {
    const m = model.memberships.get("jane-docs");
    expect(m?.roles).toEqual([{ role: "co-chair" }, { role: "technical-lead", since: "2024-03" }]);
    expect(m?.role).toBe("co-chair"); // the first role, for readers of the first format
    expect(model.memberships.get("li-style")).toMatchObject({
      role: "owner",
      roles: [{ role: "owner" }],
    });
  });
});

describe("roles as data", () => {
  it("start from the built-in vocabulary", () => {
    const tl = model.roles.get("technical-lead");
    expect(tl).toMatchObject({
      label: "technical lead",
      plural: "technical leads",
      kind: "leading",
      builtIn: true,
    });
    expect(tl?.words.en).toContain("tech lead");
    expect(tl?.words.fr).toContain("responsable technique");
    for (const id of [
      "lead",
      "chair",
      "co-chair",
      "coordinator",
      "focal-point",
      "owner",
      "member",
      "partner",
      "contributor",
      "collaborator",
      "secretariat",
      "liaison",
      "stakeholder",
    ]) {
      expect(model.roles.has(id), id).toBe(true);
    }
  });

  it("take the folder's declarations: new roles, and extra words on built-in ones", () => {
    expect(model.roles.get("docs-steward")).toEqual({
      id: "docs-steward",
      label: "docs steward",
      plural: "docs stewards",
      verb: "stewards",
      verbPlural: "steward",
      kind: "leading",
      // a new role is also asked for by its label
      words: { en: ["steward", "stewards", "docs steward"], fr: ["intendant"] },
      builtIn: false,
    });
    const coChair = model.roles.get("co-chair");
    expect(coChair?.verbPlural).toBe("co-chair");
    expect(coChair?.words.en).toEqual(expect.arrayContaining(["co-chair", "joint chair"]));
    expect(coChair?.builtIn).toBe(false);
  });
});

describe("contacts", () => {
  it("are typed, with a link to open and the bare address", () => {
    const docs = model.entities.get("docs-team");
    expect(docs?.contacts).toEqual([
      { type: "chat", channel: "#team-docs", platform: "slack" },
      {
        type: "mailing-list",
        address: "docs@lists.acme.example",
        url: "https://lists.acme.example/docs",
        href: "https://lists.acme.example/docs",
      },
      {
        type: "email",
        address: "docs@acme.example",
        href: "mailto:docs@acme.example",
        label: "Docs team inbox",
      },
      {
        type: "meeting-notes",
        url: "https://wiki.acme.example/docs/notes",
        href: "https://wiki.acme.example/docs/notes",
      },
    ]);
    expect(model.people.get("jane-doe")?.contacts?.[1]).toEqual({
      type: "chat",
      channel: "@jane",
      platform: "other",
    });
  });
});

describe("names marked by language", () => {
  it("stay plain strings, with the marked languages kept aside", () => {
    const docs = model.entities.get("docs-team");
    expect(docs?.aliases).toEqual(["Documentation team", "Équipe documentation"]);
    expect(docs?.nameLang).toEqual({ "Équipe documentation": "fr" });
    expect(docs?.acronyms).toEqual(["DT"]);
    expect(model.entities.get("support-team")?.nameLang).toBeUndefined();
  });
});

describe("domain vocabulary", () => {
  it("merges cue words per question type and language, and lowercases name words", () => {
    expect(model.vocabulary).toEqual({
      cues: {
        contact: { en: ["reach", "ping"], fr: ["joindre"] },
        owns: { en: ["looks after"], fr: [] },
      },
      names: ["docs", "steering"],
    });
  });
});

describe("relations", () => {
  it("answer every relation both ways through one registry", () => {
    const reg = model.relations.registry;
    expect(reg.get("co-chair")?.reverse.get("docs-team")).toEqual(["jane-doe", "li-wei"]);
    expect(reg.get("co-chair")?.role?.label).toBe("co-chair");
    expect(reg.get("technical-lead")?.forward.get("jane-doe")).toEqual(["docs-team"]);
    expect(reg.get("technical-lead")?.edgesFrom.get("jane-doe")).toEqual([
      { subject: "jane-doe", object: "docs-team", via: "jane-docs", since: "2024-03" },
    ]);
    // `owns` on the team and `role: owner` on a membership are the same relation
    expect(reg.get("owner")?.reverse.get("style-guide")).toEqual(["docs-team", "li-wei"]);
    expect(reg.get("owner")?.forward.get("docs-team")).toEqual(["style-guide"]);
    expect(reg.get("stakeholder")?.reverse.get("docs-team")).toEqual(["support-team"]);
    expect(reg.get("stakeholder")?.forward.get("support-team")).toEqual(["docs-team"]);
    expect(reg.get("part-of")?.reverse.get("acme")).toEqual(["docs-team", "support-team"]);
    expect(reg.get("affiliation")?.reverse.get("acme")).toEqual(["jane-doe"]);
    expect(reg.get("member-of")?.reverse.get("docs-team")).toEqual(["jane-doe", "li-wei"]);
  });

  it("list the roles a person holds and the holders of a group by role", () => {
    expect(model.relations.rolesHeld.get("li-wei")).toEqual([
      { group: "docs-team", role: "co-chair", via: "li-docs" },
      { group: "docs-team", role: "docs-steward", via: "li-docs" },
      { group: "style-guide", role: "owner", via: "li-style", since: "2023" },
    ]);
    // a team's `owns` is a role it holds in what it owns
    expect(model.relations.rolesHeld.get("docs-team")).toEqual([
      { group: "style-guide", role: "owner", via: "docs-team" },
    ]);
    const docs = model.relations.holders.get("docs-team");
    expect(Object.fromEntries(docs ?? [])).toEqual({
      "co-chair": ["jane-doe", "li-wei"],
      "docs-steward": ["li-wei"],
      stakeholder: ["support-team"],
      "technical-lead": ["jane-doe"],
    });
  });

  it("are read-only", () => {
    const reg = model.relations.registry as Map<string, unknown>;
    expect(() => reg.set("x", {})).toThrow(/read-only/);
    expect(Object.isFrozen(model.relations.rolesHeld.get("li-wei"))).toBe(true);
    expect(Object.isFrozen(model.people.get("jane-doe")?.contacts?.[0])).toBe(true);
    expect(Object.isFrozen(model.roles.get("docs-steward")?.words.en)).toBe(true);
    expect(Object.isFrozen(model.vocabulary.names)).toBe(true);
  });
});
