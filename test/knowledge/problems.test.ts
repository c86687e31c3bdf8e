// Each broken fixture folder must produce exactly the located problem a knowledge officer needs,
// and nothing else (no cascade of follow-on noise).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { formatProblem } from "../../src/knowledge/model.js";

const FIXTURES = "test/fixtures/knowledge";

async function problemLines(folder: string): Promise<string[]> {
  const result = await loadKnowledge(path.join(FIXTURES, folder));
  if (result.ok) return [];
  return result.problems.map(formatProblem);
}

describe("knowledge problems are located and worded for a knowledge officer", () => {
  it("YAML syntax error: points at the unclosed quote", async () => {
    expect(await problemLines("syntax-error")).toEqual([
      `${FIXTURES}/syntax-error/entities.yml:5:14: KB001 yaml-syntax: YAML syntax error: this quoted text is never closed; add the closing "`,
    ]);
  });

  it("unknown key: points at the key and suggests the closest allowed one", async () => {
    expect(await problemLines("unknown-key")).toEqual([
      `${FIXTURES}/unknown-key/entities.yml:5:5: KB008 unknown-key: unknown key 'summry' (did you mean 'summary'?)`,
    ]);
  });

  it("dangling reference: points at the id and suggests a close one", async () => {
    expect(await problemLines("dangling-reference")).toEqual([
      `${FIXTURES}/dangling-reference/activities.yml:5:11: KB012 unknown-reference: unknown entity 'dpko2' in 'lead' (did you mean 'dpko'?)`,
    ]);
  });

  it("duplicate id across two files and two record kinds", async () => {
    expect(await problemLines("duplicate-id")).toEqual([
      `${FIXTURES}/duplicate-id/b-terms.yml:2:9: KB015 duplicate-id: duplicate id 'dpo' (first defined at ${FIXTURES}/duplicate-id/a-entities.yml:2:9)`,
    ]);
  });

  it("non-http URL", async () => {
    expect(await problemLines("bad-url")).toEqual([
      `${FIXTURES}/bad-url/resources.yml:4:10: KB021 invalid-url: 'url' must be an http:// or https:// URL (got 'file:///shared/dpo/guidance.pdf')`,
    ]);
  });

  it("a name claimed by two records (compared without case and punctuation)", async () => {
    expect(await problemLines("ambiguous-alias")).toEqual([
      `${FIXTURES}/ambiguous-alias/entities.yml:11:16: KB020 name-clash: name 'G.F.P.' is also claimed by 'gender-focal-points' (${FIXTURES}/ambiguous-alias/entities.yml:4:16); declare it under 'ambiguous' in both records if that is intended`,
    ]);
  });

  it("the same shared name passes when both records declare it ambiguous", async () => {
    const result = await loadKnowledge(path.join(FIXTURES, "ambiguous-declared"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect([...result.model.entities.keys()]).toEqual([
      "gender-focal-points",
      "global-focal-point",
    ]);
  });

  it("a date that does not exist", async () => {
    expect(await problemLines("bad-date")).toEqual([
      `${FIXTURES}/bad-date/activities.yml:5:12: KB017 invalid-date: invalid date '2021-02-30' in 'since': dates are YYYY, YYYY-MM or YYYY-MM-DD and must exist`,
    ]);
  });

  it("a key written twice in one record", async () => {
    expect(await problemLines("duplicate-key")).toEqual([
      `${FIXTURES}/duplicate-key/terms.yml:6:5: KB002 duplicate-key: duplicate key 'term': each key may appear only once in the same record or section`,
    ]);
  });

  it("a quote that is not in the source document", async () => {
    expect(await problemLines("bad-quote")).toEqual([
      `${FIXTURES}/bad-quote/entities.yml:8:16: KB022 quote-not-found: quote not found in source 'report'`,
    ]);
  });

  it("an empty file", async () => {
    expect(await problemLines("empty-file")).toEqual([
      `${FIXTURES}/empty-file/entities.yml:1:1: KB004 empty-file: file is empty; a knowledge file holds sections such as 'entities:' or 'terms:'`,
    ]);
  });

  it("a file whose top level is a list", async () => {
    expect(await problemLines("not-a-mapping")).toEqual([
      `${FIXTURES}/not-a-mapping/entities.yml:1:1: KB005 not-sections: the top level of a knowledge file must be sections such as 'entities:' or 'terms:', not a list or a single value`,
    ]);
  });

  it("a file with two YAML documents points at the separator", async () => {
    expect(await problemLines("multi-document")).toEqual([
      `${FIXTURES}/multi-document/sources.yml:6:1: KB003 multiple-documents: a knowledge file must hold a single YAML document; remove the '---' separator or split the file`,
    ]);
  });

  it("an empty folder and a missing folder", async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), "kb-empty-"));
    try {
      const result = await loadKnowledge(empty);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems).toEqual([
        {
          file: empty,
          line: 1,
          col: 1,
          code: "KB024",
          message: `no knowledge files (*.yml or *.yaml) found in '${empty}'`,
        },
      ]);
      const missing = path.join(empty, "nope");
      const gone = await loadKnowledge(missing);
      expect(gone.ok ? [] : gone.problems.map(formatProblem)).toEqual([
        `${missing}:1:1: KB024 no-knowledge-files: knowledge folder '${missing}' does not exist`,
      ]);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
