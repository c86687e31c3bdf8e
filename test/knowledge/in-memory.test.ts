// loadKnowledgeFromTexts: the pure, in-memory path used by benchmarks and property tests.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadKnowledgeFromTexts } from "../../src/knowledge/load.js";
import { formatProblem, type LoadResult } from "../../src/knowledge/model.js";

const SOURCES = `sources:
  - id: report
    title: Report
    kind: document
    file: report.txt
`;
const REPORT = "DPO leads the \u201cMARA\u201d\nassessment  with OHCHR.";

function load(files: Record<string, string>, sourceFiles: Record<string, string> = {}): LoadResult {
  return loadKnowledgeFromTexts(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    { readSourceFile: (rel) => sourceFiles[rel] },
  );
}

function lines(r: LoadResult): string[] {
  return r.ok ? [] : r.problems.map(formatProblem);
}

const entity = (id: string, extra = "") => `  - id: ${id}
    name: Name of ${id}
    kind: office
    summary: Summary of ${id}.
    sources: [{ source: report }]
${extra}`;

describe("loadKnowledgeFromTexts", () => {
  it("checks quotes after collapsing whitespace and straightening curly quotes", () => {
    const ok = load(
      {
        "k/s.yml": SOURCES,
        "k/e.yml": `entities:\n${entity("dpo").replace("[{ source: report }]", `[{ source: report, quote: 'the "MARA" assessment with OHCHR' }]`)}`,
      },
      { "report.txt": REPORT },
    );
    expect(lines(ok)).toEqual([]);
    const missing = load({ "k/s.yml": SOURCES, "k/e.yml": `entities:\n${entity("dpo")}` });
    expect(lines(missing)).toEqual([
      "k/s.yml:5:11: KB023 source-file-missing: source file 'report.txt' not found (it is looked up relative to the knowledge folder)",
    ]);
  });

  it("reports every problem of every file at once, sorted by file, line and column", () => {
    const r = load(
      {
        "k/b.yml": `entities:\n${entity("orolsi", "    part_of: dpoo\n    colour: blue\n")}`,
        "k/a.yml": `sources:\n  - id: report\n    title: Report\n    kind: note\nentities:\n${entity("dpo", "    kind: office\n")}`,
      },
      {},
    );
    expect(lines(r)).toEqual([
      "k/a.yml:11:5: KB002 duplicate-key: duplicate key 'kind': each key may appear only once in the same record or section",
      "k/b.yml:7:14: KB012 unknown-reference: unknown entity 'dpoo' in 'part_of' (did you mean 'dpo'?)",
      "k/b.yml:8:5: KB008 unknown-key: unknown key 'colour'; allowed keys here: id, sources, ambiguous, name, acronyms, aliases, kind, former_names, part_of, summary, roles, description, topics, related, contacts, owns, stakeholders",
    ]);
  });

  it("explains missing fields, wrong types, bad enums, malformed ids and wrong reference kinds", () => {
    const r = load({
      "k/a.yml": `sources:
  - id: report
    title: Report
    kind: note
entities:
  - id: DPO_HQ
    name: [Department]
    kind: dept
    sources: []
activities:
  - id: mara
    name: MARA
    kind: assessment
    lead: report
    since: 2021
    until: 2020-05
    summary: s
    sources: [{ source: report }]
`,
    });
    expect(lines(r)).toEqual([
      "k/a.yml:6:5: KB009 missing-field: missing required field 'summary'",
      "k/a.yml:6:9: KB016 invalid-id: invalid id 'DPO_HQ' (did you mean 'dpo-hq'?): ids are lowercase words joined by '-', e.g. 'un-women'",
      "k/a.yml:7:11: KB010 wrong-type: 'name' should be text, not a list",
      "k/a.yml:8:11: KB011 unknown-value: unknown kind 'dept'; use one of: department, office, agency, fund, programme, service, section, network, group, team, arrangement, entity",
      "k/a.yml:9:14: KB029 empty-value: every record needs at least one source",
      "k/a.yml:14:11: KB013 wrong-reference-kind: 'lead' must name an entity, but 'report' is a source",
      "k/a.yml:16:12: KB018 date-order: 'until' (2020-05) is before 'since' (2021)",
    ]);
  });

  it("reports part_of loops and self references", () => {
    const r = load({
      "k/a.yml": `sources: [{ id: report, title: R, kind: note }]
entities:
${entity("a", "    part_of: b\n")}${entity("b", "    part_of: a\n")}${entity("c", "    part_of: c\n")}`,
    });
    expect(lines(r)).toEqual([
      "k/a.yml:8:14: KB019 part-of-loop: 'part_of' goes round in a loop: a → b → a",
      "k/a.yml:20:14: KB014 self-reference: 'part_of' refers to the record itself ('c')",
    ]);
  });

  it("gives located problems for empty, non-mapping and multi-document files and an empty list", () => {
    expect(lines(loadKnowledgeFromTexts([]))).toEqual([
      "knowledge:1:1: KB024 no-knowledge-files: no knowledge files (*.yml or *.yaml) found in 'knowledge'",
    ]);
    expect(lines(load({ "e.yml": "# only a comment\n" }))).toEqual([
      "e.yml:1:1: KB004 empty-file: file is empty; a knowledge file holds sections such as 'entities:' or 'terms:'",
    ]);
    expect(lines(load({ "s.yml": "just text\n" }))).toEqual([
      "s.yml:1:1: KB005 not-sections: the top level of a knowledge file must be sections such as 'entities:' or 'terms:', not a list or a single value",
    ]);
    expect(lines(load({ "m.yml": "entities: []\n---\nterms: []\n" }))).toEqual([
      "m.yml:2:1: KB003 multiple-documents: a knowledge file must hold a single YAML document; remove the '---' separator or split the file",
    ]);
    expect(lines(load({ "u.yml": "entites: []\nterms:\n" }))).toEqual([
      "u.yml:1:1: KB006 unknown-section: unknown section 'entites' (did you mean 'entities'?); sections are: sources, people, entities, activities, memberships, resources, terms, examples, synonyms, roles, vocabulary",
    ]);
  });

  it("bounds alias expansion (a 'billion laughs' record) instead of hanging", () => {
    const yaml = [
      "terms:",
      "  - id: t",
      "    term: T",
      "    name: n",
      "    definition: d",
      "    sources: [{ source: s }]",
      "    x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
    ];
    for (let i = 1; i < 9; i++)
      yaml.push(
        `    x${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(", ")}]`,
      );
    expect(lines(load({ "b.yml": `${yaml.join("\n")}\n` }))).toEqual([
      "b.yml:2:5: KB025 too-many-aliases: too many YAML aliases (*name) in this record; at most 100 are allowed",
    ]);
  });

  it("says a deeply nested value is nested too deeply, not that it has too many aliases", () => {
    const deep = `${"[".repeat(3000)}x${"]".repeat(3000)}`;
    const problems = lines(load({ "d.yml": `terms:\n  - id: t\n    name: ${deep}\n` }));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(
      /^d\.yml:3:\d+: KB001 yaml-syntax: YAML nested too deeply to read/,
    );
    expect(problems.join("\n")).not.toMatch(/alias/);
  });

  it("never throws on random edits of a valid file, and always locates problems inside the file", () => {
    const base = `${SOURCES}entities:\n${entity("dpo", "    acronyms: [DPO]\n    topics: [crsv]\n")}terms:
  - id: crsv
    term: CRSV
    name: conflict-related sexual violence
    definition: d
    sources: [{ source: report, quote: "MARA" }]
activities:
  - id: mara
    name: MARA
    kind: assessment
    lead: dpo
    since: 2020-11
    summary: s
    sources: [{ source: report }]
`;
    const lineCount = base.split("\n").length;
    const edit = fc.record({
      at: fc.nat({ max: base.length }),
      cut: fc.nat({ max: 12 }),
      insert: fc.oneof(
        fc.constantFrom(
          ":",
          "- ",
          "\n",
          "  ",
          "'",
          '"',
          "[",
          "]",
          "{",
          "}",
          "&a ",
          "*a",
          "---\n",
          "\t",
          "#",
          "id: dpo\n",
          "!!str ",
        ),
        fc.string({ maxLength: 8 }),
      ),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = base;
        for (const e of edits) {
          const at = Math.min(e.at, text.length);
          text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
        }
        const r = loadKnowledgeFromTexts([{ path: "k/x.yml", text }], {
          readSourceFile: () => REPORT,
        });
        if (r.ok) return;
        const max = text.split("\n").length + 1;
        for (const p of r.problems) {
          expect(p.file).toBe("k/x.yml");
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(Math.max(max, lineCount));
          expect(p.col).toBeGreaterThanOrEqual(1);
          expect(p.message).not.toMatch(/internal error/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
