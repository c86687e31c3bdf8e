// `npm run eval` as CI runs it: a real child process scoring case files.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function runEval(args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/eval.ts", ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, KNOWLEDGE_DIR: "" },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("eval CLI", () => {
  it("scores the public file: 35 passed, 0 failed, exit 0", () => {
    const r = runEval([path.resolve(repoRoot, "../shared/eval/public.json")]);
    expect(r.out.trim().split("\n").at(-1)).toBe("35 passed, 0 failed");
    expect(r.code).toBe(0);
  });
  it("prints each failure with what was missing and the text, and exits 1", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fp-eval-"));
    const file = path.join(dir, "cases.json");
    writeFileSync(
      file,
      JSON.stringify([
        { id: "ok1", question: "who chairs the IACG-MA", answerable: true, expect: [["UNMAS"]] },
        {
          id: "bad1",
          question: "who chairs the IACG-MA",
          answerable: true,
          expect: [["Zanzibar"]],
        },
        { id: "bad2", question: "what's for lunch?", answerable: true, expect: [] },
        { id: "bad3", question: "what is the MARA?", answerable: false, expect: [] },
      ]),
    );
    const r = runEval([file]);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split("\n");
    expect(lines.at(-1)).toBe("1 passed, 3 failed");
    expect(r.out).toContain("FAIL bad1: who chairs the IACG-MA");
    expect(r.out).toContain('missing one of: "Zanzibar"');
    expect(r.out).toContain("should have answered, but refused");
    expect(r.out).toContain("should have refused, but answered");
    expect(r.out).toMatch(/\| UNMAS/);
  });
  it("exits 2 with usage when no file is given", () => {
    const r = runEval([]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Usage: npm run eval/);
  });
});
