// The fast path (js-yaml + line scan + content-hash cache) must give exactly what the precise
// `yaml` pass gives: the same model, the same problems at the same positions, the same warnings.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { makeKb } from "../../bench/synthetic.js";
import { readCleanFile } from "../../src/knowledge/fast-file.js";
import { loadKnowledge, loadKnowledgeFromTexts } from "../../src/knowledge/load.js";
import type { LoadResult } from "../../src/knowledge/model.js";

const FIXTURES = "test/fixtures/knowledge";
const folders = [
  "knowledge",
  "examples/brightwater",
  ...fs.readdirSync(FIXTURES).map((d) => path.join(FIXTURES, d)),
];

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "fp-fast-"));
  dirs.push(d);
  return d;
}

function comparable(r: LoadResult) {
  return r.ok ? { ...r, model: { ...r.model, loadedAt: 0 } } : r;
}

describe("fast path = precise pass", () => {
  it.each(folders)("%s: same model or same located problems", async (dir) => {
    const cacheFile = path.join(tmp(), "cache.json");
    const precise = await loadKnowledge(dir, { precise: true });
    const cold = await loadKnowledge(dir, { cacheFile });
    const warm = await loadKnowledge(dir, { cacheFile });
    expect(comparable(cold)).toEqual(comparable(precise));
    expect(isDeepStrictEqual(comparable(warm), comparable(precise))).toBe(true);
  });

  it.each(["knowledge", "examples/brightwater"])(
    "reads %s fast, roles and vocabulary included (no precise pass needed)",
    (dir) => {
      for (const name of fs.readdirSync(dir).filter((f) => f.endsWith(".yml"))) {
        const text = fs.readFileSync(path.join(dir, name), "utf8");
        expect(readCleanFile(text), name).toBeDefined();
      }
    },
  );

  it("keeps role declarations and the vocabulary with where they start", () => {
    const text =
      "roles:\n  - id: sponsor\n    kind: member\nvocabulary:\n  # words\n  names: [docs]\n  cues:\n    contact:\n      en:\n        - ping\n";
    const clean = readCleanFile(text);
    expect(clean?.roles).toEqual([[0, 2, 5, { id: "sponsor", kind: "member" }]]);
    expect(clean?.vocabularies).toEqual([
      [6, 3, { names: ["docs"], cues: { contact: { en: ["ping"] } } }],
    ]);
  });

  it.each([
    ["an anchor", "entities:\n  - &a\n    id: x\n    name: X\n    kind: agency\n"],
    ["a flow section", "entities: [{id: x, name: X, kind: agency}]\n"],
    ["a syntax error", 'entities:\n  - id: x\n    name: "X\n'],
    ["a duplicate key", "entities:\n  - id: x\n    id: y\n"],
    ["two documents", "terms: []\n---\nterms: []\n"],
    ["an invalid record", "entities:\n  - id: Not An Id\n"],
    ["an unknown question type", "vocabulary:\n  cues:\n    leads:\n      en: [boss]\n"],
    ["a flow vocabulary", "vocabulary: { names: [docs] }\n"],
    ["an invalid role declaration", "roles:\n  - id: sponsor\n    kind: boss\n"],
    ["a section twice", "terms: []\nterms:\n  - id: x\n    name: X\n"],
    ["a null byte in a comment", "# \0\nterms:\n  - id: x\n    name: X\n"],
    ["a record cut by a quote", 'terms:\n  - id: x\n    name: "X\n  - id: y"\n'],
  ])("leaves %s to the precise pass", (_what, text) => {
    expect(readCleanFile(text)).toBeUndefined();
  });

  it("reads a large folder a few records at a time, as the precise pass reads it", async () => {
    // Files of 300 to 5,000 records: several js-yaml pieces each, the last piece a short one.
    const dir = tmp();
    for (const f of makeKb(1_300).files) fs.writeFileSync(path.join(dir, f.path), f.text);
    for (const name of fs.readdirSync(dir)) {
      expect(readCleanFile(fs.readFileSync(path.join(dir, name), "utf8")), name).toBeDefined();
    }
    const fast = await loadKnowledge(dir);
    expect(fast.ok && fast.model.entities.size).toBe(1_300);
    expect(comparable(fast)).toEqual(comparable(await loadKnowledge(dir, { precise: true })));
  }, 30_000);

  it("a changed file is read again; a damaged cache file is ignored", async () => {
    const dir = tmp();
    fs.cpSync("knowledge", dir, { recursive: true });
    const cacheFile = path.join(tmp(), "cache.json");
    const first = await loadKnowledge(dir, { cacheFile });
    expect(first.ok).toBe(true);
    expect(fs.existsSync(cacheFile)).toBe(true);
    const file = path.join(dir, "entities-groups.yml");
    const text = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, text.replace("kind: group", "kind: not-a-kind"));
    const broken = await loadKnowledge(dir, { cacheFile });
    const precise = await loadKnowledge(dir, { precise: true });
    expect(broken.ok).toBe(false);
    expect(broken).toEqual(precise);
    fs.writeFileSync(cacheFile, "{ not json");
    fs.writeFileSync(file, text);
    const again = await loadKnowledge(dir, { cacheFile });
    expect(comparable(again)).toEqual(comparable(await loadKnowledge(dir, { precise: true })));
  });

  it("an unchanged folder is not re-checked, but a changed source document is", async () => {
    const dir = tmp();
    fs.cpSync("knowledge", dir, { recursive: true });
    const cacheFile = path.join(tmp(), "cache.json");
    expect((await loadKnowledge(dir, { cacheFile })).ok).toBe(true);
    const saved = JSON.parse(fs.readFileSync(cacheFile, "utf8")) as { last?: { key: string } };
    expect(saved.last?.key).toContain("entities-dpo.yml");
    const again = await loadKnowledge(dir, { cacheFile });
    expect(comparable(again)).toEqual(comparable(await loadKnowledge(dir, { precise: true })));
    // The quotes are checked against the source text: emptying it must fail the load again.
    fs.writeFileSync(path.join(dir, "sources", "dpo-contributions-wps.txt"), "nothing here\n");
    const broken = await loadKnowledge(dir, { cacheFile });
    expect(broken.ok).toBe(false);
    expect(broken).toEqual(await loadKnowledge(dir, { precise: true }));
  });

  it("refuses a folder over the size limit with a clear problem", async () => {
    const result = await loadKnowledge("knowledge", { maxBytes: 1000 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.message).toMatch(
      /holds \d+\.\d MB of YAML, over the limit of 0\.0 MB \(KNOWLEDGE_MAX_MB\)/,
    );
  });

  it("in-memory texts take the fast path too", () => {
    const text = "terms:\n  - id: x\n    name: X\n";
    const fast = loadKnowledgeFromTexts([{ path: "t.yml", text }]);
    const precise = loadKnowledgeFromTexts([{ path: "t.yml", text }], { precise: true });
    expect(comparable(fast)).toEqual(comparable(precise));
  });
});
