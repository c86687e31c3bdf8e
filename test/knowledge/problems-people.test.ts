// Problems in the new sections (people, roles, contacts, vocabulary) and the checker's order and
// volume rules, each from a real broken folder: exactly the located lines a person needs.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROBLEM_CODES } from "../../src/knowledge/codes.js";
import { loadKnowledge, loadKnowledgeFromTexts } from "../../src/knowledge/load.js";
import { formatProblem } from "../../src/knowledge/model.js";
import { problemReport } from "../../src/knowledge/report.js";

const FIXTURES = "test/fixtures/knowledge";

async function problemLines(folder: string): Promise<string[]> {
  const result = await loadKnowledge(path.join(FIXTURES, folder));
  if (result.ok) return [];
  return result.problems.map(formatProblem);
}

describe("problems for people who edit by hand", () => {
  it("a missing enum or membership role says 'missing required field', not 'unknown ... undefined'", async () => {
    const f = `${FIXTURES}/missing-kind/entities.yml`;
    expect(await problemLines("missing-kind")).toEqual([
      `${f}:2:5: KB009 missing-field: missing required field 'kind'`,
      `${f}:7:5: KB009 missing-field: missing required field 'role' (or 'roles' for several roles)`,
      `${f}:15:5: KB009 missing-field: missing required field 'access'`,
    ]);
  });

  it("roles: unknown ids (a suggestion only when close), repeats, role and roles together, dates", async () => {
    const f = `${FIXTURES}/unknown-role/memberships.yml`;
    expect(await problemLines("unknown-role")).toEqual([
      `${f}:14:23: KB026 unknown-role: unknown role 'technical-laed' (did you mean 'technical-lead'?)`,
      `${f}:14:39: KB031 duplicate-role: role 'co-chair' is listed twice in this membership`,
      `${f}:19:11: KB026 unknown-role: unknown role 'boss'; known roles: chair, co-chair, collaborator, contributor, coordinator, focal-point, lead, liaison, member, owner, partner, release-manager, secretariat, stakeholder, technical-lead (declare others under 'roles:')`,
      `${f}:25:12: KB030 invalid-value: give either 'role' (one role) or 'roles' (a list), not both`,
      `${f}:25:13: KB031 duplicate-role: role 'chair' is listed twice in this membership`,
      `${f}:30:48: KB018 date-order: 'until' (2023) is before 'since' (2024)`,
      `${f}:34:9: KB031 duplicate-role: role 'release-manager' is declared twice (first at ${f}:33:9)`,
    ]);
  });

  it("contacts are checked per type; mailto: is accepted for e-mail contacts only", async () => {
    const f = `${FIXTURES}/bad-contact/entities.yml`;
    expect(await problemLines("bad-contact")).toEqual([
      `${f}:8:18: KB027 invalid-contact: a Slack channel is written '#name' (or '@handle' for a person) in lowercase letters, digits, '-' or '_', e.g. '#team-docs' (got 'Team Docs')`,
      `${f}:10:18: KB027 invalid-contact: 'address' should be an e-mail address such as 'docs@example.com' (or 'mailto:docs@example.com'), not 'docs-at-example'`,
      `${f}:11:9: KB009 missing-field: missing required field 'address': an email contact needs one, e.g. 'docs@example.com'`,
      `${f}:13:14: KB021 invalid-url: 'url' must be an http:// or https:// URL (got 'mailto:docs@example.com')`,
      `${f}:15:18: KB027 invalid-contact: 'channel' does not apply to a mailing-list contact; it takes 'address' or 'url'`,
      `${f}:17:15: KB011 unknown-value: unknown type 'phone'; use one of: chat, mailing-list, email, meeting-notes, calendar, website, issue-tracker`,
      `${f}:23:10: KB021 invalid-url: 'url' must be an http:// or https:// URL (got 'mailto:docs@example.com')`,
    ]);
  });

  it("vocabulary: unknown question types and languages are located", async () => {
    const f = `${FIXTURES}/bad-vocabulary/vocabulary.yml`;
    expect(await problemLines("bad-vocabulary")).toEqual([
      `${f}:4:5: KB028 unknown-question-type: unknown question type 'contcat' (did you mean 'contact'?)`,
      expect.stringMatching(
        new RegExp(
          `^${f}:6:5: KB028 unknown-question-type: unknown question type 'frobnicate'; question types are: lead, chair, .*contact, channel, mailing_list`,
        ),
      ),
      `${f}:9:7: KB008 unknown-key: unknown key 'de'; allowed keys here: en, fr`,
    ]);
  });

  it("YAML syntax errors come first, once per line, even when another file sorts before", async () => {
    const lines = await problemLines("syntax-first");
    const f = `${FIXTURES}/syntax-first/z-entities.yml`;
    expect(lines[0]).toBe(
      `${f}:4:1: KB001 yaml-syntax: YAML syntax error: tabs cannot be used for indentation; use spaces`,
    );
    const syntax = lines.filter((l) => l.includes(" KB001 "));
    expect(lines.slice(0, syntax.length)).toEqual(syntax);
    const perLine = syntax.map((l) => l.split(":").slice(0, 2).join(":"));
    expect(new Set(perLine).size).toBe(perLine.length);
    expect(lines.length).toBeGreaterThan(syntax.length);
  });

  it("every code printed is in the table, and the table is documented in knowledge/README.md", async () => {
    const { readFile } = await import("node:fs/promises");
    const readme = await readFile("knowledge/README.md", "utf8");
    for (const [code, name] of Object.entries(PROBLEM_CODES)) {
      expect(readme, code).toContain(`| \`${code}\` | \`${name}\``);
    }
  });
});

describe("many problems", () => {
  const bad = (n: number) =>
    `sources: [{ id: s, title: S, kind: note }]\nentities:\n${Array.from(
      { length: n },
      (_, i) =>
        `  - { id: e${i}, name: E${i}, kind: team, sources: [{ source: s }]${i % 3 === 0 ? ", part_of: nowhere" : ""} }\n`,
    ).join("")}`;

  it("shows the first 50 in full, then a count per kind", () => {
    const r = loadKnowledgeFromTexts([{ path: "k/a.yml", text: bad(120) }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(160); // 120 missing summaries, 40 unknown parents
    const lines = problemReport(r.problems);
    expect(lines).toHaveLength(50 + 3);
    expect(lines.slice(0, 50)).toEqual(r.problems.slice(0, 50).map(formatProblem));
    expect(lines.slice(50)).toEqual([
      "... 110 more problems not shown, by kind:",
      `  ${r.problems.slice(50).filter((p) => p.code === "KB009").length} × KB009 missing-field`,
      `  ${r.problems.slice(50).filter((p) => p.code === "KB012").length} × KB012 unknown-reference`,
    ]);
  });

  it("prints everything when there are 50 or fewer", () => {
    const r = loadKnowledgeFromTexts([{ path: "k/a.yml", text: bad(30) }]);
    if (r.ok) throw new Error("expected problems");
    expect(problemReport(r.problems)).toEqual(r.problems.map(formatProblem));
  });
});
