// Random edits to the real knowledge files — the kind a knowledge officer's slip of the keyboard
// makes — must never crash the loader: it returns a model, or problems that each point at a place.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type KnowledgeText, loadKnowledgeFromTexts } from "../../src/knowledge/load.js";
import type { LoadResult } from "../../src/knowledge/model.js";

const DIR = path.join(import.meta.dirname, "..", "..", "knowledge");

function readKnowledge(): KnowledgeText[] {
  const out: KnowledgeText[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(e.name)) {
        out.push({ path: path.relative(process.cwd(), full), text: fs.readFileSync(full, "utf8") });
      }
    }
  };
  walk(DIR);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

const FILES = readKnowledge();
const readSourceFile = (rel: string) => {
  try {
    return fs.readFileSync(path.resolve(DIR, rel), "utf8");
  } catch {
    return undefined;
  }
};
const load = (files: KnowledgeText[]) => loadKnowledgeFromTexts(files, { readSourceFile });

/** One edit to a text, positions given as fractions so shrinking stays meaningful. */
type Mutation =
  | { kind: "delete"; at: number; length: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "swapLines"; a: number; b: number }
  | { kind: "duplicateLine"; at: number }
  | { kind: "deleteLine"; at: number };

const frac = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
// YAML's structural characters are the interesting ones; mix them with arbitrary Unicode.
const yamlish = fc.constantFrom(
  ":",
  "-",
  " ",
  "  ",
  "\n",
  "\t",
  "#",
  "'",
  '"',
  "[",
  "]",
  "{",
  "}",
  "&a",
  "*a",
  "!",
  "|",
  ">",
  "? ",
  "---\n",
  "...\n",
  "\u0000",
  "\uFEFF",
  "id: x\n",
  "  - ",
);
const insertText = fc.oneof(
  yamlish,
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.string({ unit: "binary", maxLength: 8 }),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("delete" as const),
    at: frac,
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({ kind: fc.constant("insert" as const), at: frac, text: insertText }),
  fc.record({ kind: fc.constant("swapLines" as const), a: frac, b: frac }),
  fc.record({ kind: fc.constant("duplicateLine" as const), at: frac }),
  fc.record({ kind: fc.constant("deleteLine" as const), at: frac }),
);

function apply(text: string, m: Mutation): string {
  switch (m.kind) {
    case "delete": {
      const at = Math.floor(m.at * text.length);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case "insert": {
      const at = Math.floor(m.at * (text.length + 1));
      return text.slice(0, at) + m.text + text.slice(at);
    }
    default: {
      const lines = text.split("\n");
      const i = Math.floor((m.kind === "swapLines" ? m.a : m.at) * lines.length);
      if (m.kind === "swapLines") {
        const j = Math.floor(m.b * lines.length);
        [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
      } else if (m.kind === "duplicateLine") lines.splice(i, 0, lines[i] as string);
      else lines.splice(i, 1);
      return lines.join("\n");
    }
  }
}

function expectWellFormed(result: LoadResult, files: KnowledgeText[]): void {
  if (result.ok) {
    expect(result.model.byId.size).toBeGreaterThan(0);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  const lineCounts = new Map(files.map((f) => [f.path, f.text.split(/\r\n|\r|\n/).length]));
  for (const p of result.problems) {
    expect(typeof p.file).toBe("string");
    expect(p.file.length).toBeGreaterThan(0);
    expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
    expect(Number.isInteger(p.col) && p.col >= 1).toBe(true);
    expect(typeof p.message).toBe("string");
    expect(p.message.trim().length).toBeGreaterThan(0);
    // The loader turns its own exceptions into this problem; for us it is still a crash.
    expect(p.message).not.toMatch(/^internal error/);
    const lines = lineCounts.get(p.file);
    if (lines !== undefined) expect(p.line).toBeLessThanOrEqual(lines + 1);
  }
}

describe("loading mutated knowledge", () => {
  it("the unmutated knowledge loads (the baseline the mutations start from)", () => {
    expect(FILES.length).toBeGreaterThan(0);
    const result = load(FILES);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("random character edits, line swaps, duplications and deletions never crash the loader", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: FILES.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (fileIndex, mutations) => {
          const files = FILES.map((f, i) =>
            i === fileIndex ? { ...f, text: mutations.reduce(apply, f.text) } : f,
          );
          let result: LoadResult | undefined;
          expect(() => {
            result = load(files);
          }).not.toThrow();
          expectWellFormed(result as LoadResult, files);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("the fast path gives what the precise pass gives, on any mutation", () => {
    const strip = (r: LoadResult) => (r.ok ? { ...r, model: { ...r.model, loadedAt: 0 } } : r);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: FILES.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (fileIndex, mutations) => {
          const files = FILES.map((f, i) =>
            i === fileIndex ? { ...f, text: mutations.reduce(apply, f.text) } : f,
          );
          const fast = load(files);
          const precise = loadKnowledgeFromTexts(files, { readSourceFile, precise: true });
          expect(strip(fast)).toEqual(strip(precise));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("whole files replaced by random text never crash the loader", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: FILES.length - 1 }),
        fc.oneof(
          fc.string({ unit: "grapheme", maxLength: 300 }),
          fc.string({ unit: "binary", maxLength: 300 }),
        ),
        (fileIndex, text) => {
          const files = FILES.map((f, i) => (i === fileIndex ? { ...f, text } : f));
          expectWellFormed(load(files), files);
        },
      ),
      { numRuns: 40 },
    );
  });
});
