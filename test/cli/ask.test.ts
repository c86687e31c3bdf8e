// `npm run ask` as a user runs it: a real child process on the real (or a broken) knowledge folder.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function ask(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/ask.ts", ...args], {
    cwd: repoRoot,
    input,
    encoding: "utf8",
    env: { ...process.env, KNOWLEDGE_DIR: "", ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("ask CLI", () => {
  it("prints the plain-text answer", () => {
    const r = ask(["who chairs the IACG-MA"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toContain("UNMAS");
    expect(r.out).toMatch(/Source: /);
  });
  it("--json prints one JSON object with answered and text", () => {
    const r = ask(["--json", "what does UNFPA stand for?"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.answered).toBe(true);
    expect(j.text).toContain("United Nations Population Fund");
    expect(j.intent).toBe("acronym");
  });
  it("--jsonl answers one question per stdin line, skipping blank lines", () => {
    const r = ask(["--jsonl"], "who chairs the IACG-MA\n\nwhat's for lunch today?\n");
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.answered)).toEqual([true, false]);
  });
  it("prints usage and exits 2 without a question", () => {
    const r = ask([]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Usage: npm run ask/);
  });
  it("reports invalid knowledge as file:line:col on stderr and exits 1 (--dir and KNOWLEDGE_DIR)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fp-ask-"));
    writeFileSync(path.join(dir, "bad.yml"), "entities:\n  - id: Not A Slug\n    name: X\n");
    const r = ask(["--dir", dir, "what is X?"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.yml:\d+:\d+: /);
    const viaEnv = ask(["what is X?"], undefined, { KNOWLEDGE_DIR: dir });
    expect(viaEnv.code).toBe(1);
    expect(viaEnv.err).toMatch(/bad\.yml:\d+:\d+: /);
  });
});
