// The engine-facing lookups over people, roles, contacts and the relation registry, on the
// second shipped example (real files).
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import {
  contactsOf,
  hasPeople,
  holdersOf,
  related,
  rolesAskedFor,
  rolesOf,
} from "../../src/knowledge/lookup.js";
import type { KnowledgeModel } from "../../src/knowledge/model.js";

let model: KnowledgeModel;
let un: KnowledgeModel;

beforeAll(async () => {
  const a = await loadKnowledge("examples/brightwater");
  const b = await loadKnowledge("knowledge");
  if (!a.ok || !b.ok) throw new Error("both folders must load");
  model = a.model;
  un = b.model;
});

describe("lookups", () => {
  it("ask any relation both ways", () => {
    expect(related(model, "chair", "steering-committee", "reverse")).toEqual(["amara-okafor"]);
    expect(related(model, "chair", "mateo-silva", "forward")).toEqual([
      "observability-wg",
      "rust-guild",
    ]);
    expect(related(model, "owner", "docs-team", "forward")).toEqual(["docs-site"]);
    expect(related(model, "part-of", "sre-team", "reverse")).toEqual([
      "observability-stack",
      "status-page",
    ]);
    expect(related(model, "no-such-relation", "sre-team", "reverse")).toEqual([]);
    // the UN folder's chairs come through the same registry
    expect(related(un, "chair", "iacg-ma", "reverse")).toEqual(["unmas"]);
  });

  it("list a group's holders, leading roles first, optionally for some roles only", () => {
    const all = holdersOf(model, "api-standards-wg").map((h) => [
      h.role.id,
      h.holders.map((r) => r.id),
    ]);
    expect(all).toEqual([
      ["chair", ["diego-morales"]],
      ["co-chair", ["omar-haddad"]],
      ["member", ["ravi-iyer"]],
      ["secretariat", ["theo-walsh"]],
      ["stakeholder", ["docs-team", "integrations-team"]],
    ]);
    expect(holdersOf(model, "testing-guild", ["technical-lead"])).toEqual([]);
    expect(holdersOf(model, "payments-team", ["technical-lead"])[0]?.holders[0]?.id).toBe(
      "lucas-ferreira",
    );
  });

  it("give a person's roles and a group's contacts by type", () => {
    expect(rolesOf(model, "rosa-jimenez").map((h) => `${h.role}@${h.group}`)).toEqual([
      "co-chair@code-of-conduct-committee",
      "lead@docs-team",
    ]);
    expect(contactsOf(model, "sre-team", ["calendar"])).toEqual([
      {
        type: "calendar",
        url: "https://calendar.brightwater.example/sre-on-call",
        href: "https://calendar.brightwater.example/sre-on-call",
        label: "SRE on-call calendar",
      },
    ]);
    expect(contactsOf(model, "no-such-id")).toEqual([]);
    expect(contactsOf(un, "dpo")).toEqual([]);
  });

  it("find the roles a question asks for, longest phrase first, in the folder's words", () => {
    expect(rolesAskedFor(model, "who is the tech lead of payments", "en")).toEqual([
      "technical-lead",
    ]);
    expect(rolesAskedFor(model, "who is the engineering manager of search", "en")).toEqual([
      "lead",
    ]);
    expect(rolesAskedFor(model, "who co-chairs the frontend guild", "en")).toEqual(["co-chair"]);
    expect(rolesAskedFor(model, "who is the release manager for the mobile app", "en")).toEqual([
      "release-manager",
    ]);
    expect(rolesAskedFor(model, "qui est le responsable technique de paiements", "fr")).toEqual([
      "technical-lead",
    ]);
    expect(rolesAskedFor(model, "what does the docs team own", "en")).toEqual(["owner"]);
  });

  it("say whether the folder lists people at all", () => {
    expect(hasPeople(model)).toBe(true);
    expect(hasPeople(un)).toBe(false);
  });
});
