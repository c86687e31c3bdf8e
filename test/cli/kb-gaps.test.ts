import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseSince, runKbGaps } from "../../src/cli/kb-gaps.js";
import { openInsights } from "../../src/store/insights-store.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "fp-gaps-"));
  dirs.push(d);
  return d;
}

function run(argv: string[], dataDir: string, now = new Date("2025-02-01T00:00:00Z")) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runKbGaps(argv, {
    env: { DATA_DIR: dataDir },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    now: () => now,
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

function seed(dataDir: string): void {
  const { store } = openInsights(dataDir);
  const at = (s: string) => new Date(s);
  store.unanswered({
    question: "who funds FAO?",
    surface: "slash",
    at: at("2025-01-10T08:00:00Z"),
  });
  store.unanswered({ question: "Who funds FAO", surface: "dm", at: at("2025-01-20T08:00:00Z") });
  store.unanswered({
    question: "what is the budget",
    surface: "mention",
    at: at("2025-01-05T08:00:00Z"),
  });
  store.feedback({
    vote: "down",
    question: "who leads mara",
    recordId: "mara-assessment",
    surface: "button",
    at: at("2025-01-21T08:00:00Z"),
  });
  store.close();
}

describe("kb:gaps", () => {
  it("prints tables of the most frequent gaps and most 👎 answers", () => {
    const dataDir = tmp();
    seed(dataDir);
    const r = run([], dataDir);
    expect(r.code).toBe(0);
    expect(r.out).toContain("3 unanswered question(s), 1 vote(s)");
    const lines = r.out.split("\n");
    const fao = lines.findIndex((l) =>
      /^\s*2\s+2025-01-20 08:00\s+\S+\s+Who funds FAO \(\+1 wording/.test(l),
    );
    const budget = lines.findIndex((l) =>
      /^\s*1\s+2025-01-05 08:00\s+\S+\s+what is the budget/.test(l),
    );
    expect(fao).toBeGreaterThan(0);
    expect(budget).toBeGreaterThan(fao);
    expect(r.out).toMatch(/1\s+0\s+2025-01-21 08:00\s+mara-assessment\s+who leads mara/);
  });

  it("--json prints one JSON object; --since filters by date", () => {
    const dataDir = tmp();
    seed(dataDir);
    const r = run(["--json", "--since", "2025-01-15"], dataDir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.since).toBe("2025-01-15T00:00:00.000Z");
    expect(json.totals).toEqual({ unanswered: 1, votes: 1, up: 0, down: 1 });
    expect(json.gaps).toEqual([
      expect.objectContaining({
        question: "Who funds FAO",
        count: 1,
        lastSeen: "2025-01-20T08:00:00.000Z",
      }),
    ]);
    expect(json.disliked[0]).toMatchObject({ recordId: "mara-assessment", down: 1 });
  });

  it("accepts ages and ISO times for --since, and --since=VALUE", () => {
    const dataDir = tmp();
    seed(dataDir);
    const now = new Date("2025-01-21T00:00:00Z");
    expect(JSON.parse(run(["--json", "--since=7d"], dataDir, now).out).totals.unanswered).toBe(1);
    expect(
      JSON.parse(run(["--json", "--since", "2025-01-01T00:00:00Z"], dataDir).out).totals.unanswered,
    ).toBe(3);
    expect(parseSince("12h", now).toISOString()).toBe("2025-01-20T12:00:00.000Z");
    expect(parseSince("2w", now).toISOString()).toBe("2025-01-07T00:00:00.000Z");
  });

  it.each([["yesterday"], ["2025-02-30"], ["2025-13-01"], ["7x"], [""]])(
    "a bad --since '%s' is a clear error with exit 2",
    (value) => {
      const r = run(["--since", value], tmp());
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/kb:gaps: --since (must be a date|needs a value)/);
    },
  );

  it("unknown arguments and a bad --limit exit 2 with usage", () => {
    const dataDir = tmp();
    expect(run(["--frobnicate"], dataDir)).toMatchObject({
      code: 2,
      err: expect.stringContaining("Usage:"),
    });
    expect(run(["--limit", "0"], dataDir).code).toBe(2);
  });

  it("with no database yet says 'no data yet' and exits 0 without creating anything", () => {
    const dataDir = path.join(tmp(), "data");
    const r = run([], dataDir);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toMatch(/^No data yet/);
    expect(fs.existsSync(dataDir)).toBe(false);
    expect(JSON.parse(run(["--json"], dataDir).out)).toMatchObject({ noData: true });
  });

  it("runs as `npm run kb:gaps` would (tsx), reading DATA_DIR", () => {
    const dataDir = tmp();
    seed(dataDir);
    const root = path.join(import.meta.dirname, "..", "..");
    const res = spawnSync(process.execPath, ["--import", "tsx", "src/cli/kb-gaps.ts", "--json"], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: "utf8",
    });
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout).totals.unanswered).toBe(3);
    const bad = spawnSync(
      process.execPath,
      ["--import", "tsx", "src/cli/kb-gaps.ts", "--since", "soon"],
      {
        cwd: root,
        env: { ...process.env, DATA_DIR: dataDir },
        encoding: "utf8",
      },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--since must be a date");
  });
});
