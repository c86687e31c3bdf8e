// The CLIs run from the build (scripts/run.mjs), which builds on demand: in a copy of the project
// with no dist/ — as right after `npm ci` — `npm run --silent ask -- --json "q"` still prints one
// JSON answer; an edited source file triggers a rebuild; a fresh build is reused as it is.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, tmpDir } from "../helpers/spawn-app.js";

let copy: string;
beforeAll(() => {
  copy = path.join(tmpDir("fp-run-build-"), "project");
  fs.mkdirSync(copy);
  for (const item of ["src", "scripts", "knowledge", "package.json", "package-lock.json"]) {
    fs.cpSync(path.join(ROOT, item), path.join(copy, item), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"), "dir");
});
afterAll(() => {
  fs.rmSync(path.dirname(copy), { recursive: true, force: true });
});

const stamp = () => path.join(copy, "dist", ".build-stamp");

function npm(args: string[]): string {
  return execFileSync("npm", args, {
    cwd: copy,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? copy },
  });
}

describe("scripts/run.mjs", () => {
  it("builds dist/ on demand so `npm run --silent ask -- --json` works right after npm ci", () => {
    expect(fs.existsSync(path.join(copy, "dist"))).toBe(false);
    const out = npm(["run", "--silent", "ask", "--", "--json", "who chairs the IACG-MA?"]);
    const answer = JSON.parse(out) as { answered: boolean; text: string };
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain("UNMAS");
    expect(fs.existsSync(path.join(copy, "dist/cli/ask.js"))).toBe(true);
  }, 60_000);

  it("reuses a fresh build and rebuilds after a source file changes", () => {
    const built = fs.statSync(stamp()).mtimeMs;
    npm(["run", "--silent", "kb:check"]);
    expect(fs.statSync(stamp()).mtimeMs).toBe(built);

    const future = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(copy, "src/config.ts"), future, future);
    const out = npm(["run", "--silent", "kb:check"]);
    expect(out).toMatch(/\d+ entities/);
    expect(fs.statSync(stamp()).mtimeMs).toBeGreaterThan(built);
  }, 60_000);
});
