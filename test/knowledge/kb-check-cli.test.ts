// The `kb:check` command as a knowledge officer runs it: real process, real files, exit codes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const FIXTURES = "test/fixtures/knowledge";

function kbCheck(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync("npx", ["tsx", "src/cli/kb-check.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout.split("\n").filter(Boolean), err: r.stderr };
}

describe("kb:check", () => {
  it("prints a one-line summary and exits 0 for a valid base", () => {
    const r = kbCheck(["--dir", `${FIXTURES}/valid`]);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    expect(r.out[0]).toMatch(
      /^knowledge OK: 7 entities, 2 activities, 3 memberships, 2 resources, 3 terms, 1 example, 2 sources \(8 files, version [0-9a-f]{12}\)$/,
    );
  });

  it("prints every problem as file:line:col: message and exits 1", () => {
    const r = kbCheck([`--dir=${FIXTURES}/dangling-reference`]);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([
      `${FIXTURES}/dangling-reference/activities.yml:5:11: KB012 unknown-reference: unknown entity 'dpko2' in 'lead' (did you mean 'dpko'?)`,
    ]);
    expect(r.err).toContain("1 problem found");
  });

  it("uses KNOWLEDGE_DIR when no --dir is given, and prints warnings before the summary", () => {
    const r = kbCheck([], { KNOWLEDGE_DIR: `${FIXTURES}/warnings` });
    expect(r.code).toBe(0);
    expect(r.out).toEqual([
      `${FIXTURES}/warnings/sources.yml:6:9: warning: KB101 unused-source: source 'unused' is never cited by any record`,
      expect.stringMatching(
        /^knowledge OK: 1 entity, 0 activities, .* 2 sources \(1 file, version /,
      ),
    ]);
  });

  it("passes the second example, counting its people and declared roles", () => {
    const r = kbCheck(["--dir", "examples/brightwater"]);
    expect(r.code).toBe(0);
    expect(r.out).toEqual([
      expect.stringMatching(
        /^knowledge OK: \d+ entities, 60 people, .* 2 sources, 3 declared roles \(\d+ files, version [0-9a-f]{12}\)$/,
      ),
    ]);
  });

  it("prints the first 50 problems with their codes, then a count per kind", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "kb-many-"));
    try {
      const bad = Array.from(
        { length: 70 },
        (_, i) => `  - { id: e${i}, name: E${i}, summary: s, sources: [{ source: s }] }\n`,
      ).join("");
      writeFileSync(
        path.join(dir, "a.yml"),
        `sources: [{ id: s, title: S, kind: note }]\nentities:\n${bad}`,
      );
      const r = kbCheck(["--dir", dir]);
      expect(r.code).toBe(1);
      expect(r.out).toHaveLength(52);
      for (const line of r.out.slice(0, 50)) {
        expect(line).toMatch(/a\.yml:\d+:\d+: KB009 missing-field: missing required field 'kind'$/);
      }
      expect(r.out.slice(50)).toEqual([
        "... 20 more problems not shown, by kind:",
        "  20 × KB009 missing-field",
      ]);
      expect(r.err).toContain("70 problems found");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("shows usage for --help (exit 0) and for an unknown flag (exit 2)", () => {
    const help = kbCheck(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out[0]).toMatch(/^Usage: npm run kb:check/);
    const bad = kbCheck(["--verbose"]);
    expect(bad.code).toBe(2);
    expect(bad.out).toEqual([]);
    expect(bad.err).toContain("unknown option '--verbose'");
    expect(bad.err).toContain("Usage: npm run kb:check");
  });
});
