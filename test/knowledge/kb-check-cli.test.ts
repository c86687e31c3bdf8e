// The `kb:check` command as a knowledge officer runs it: real process, real files, exit codes.
import { spawnSync } from "node:child_process";
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
