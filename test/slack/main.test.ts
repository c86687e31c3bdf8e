// `npm start` end to end: the built entry point (dist/main.js, built by test/global-setup.ts) in
// its own process, configured only through the environment, against the fake Slack. It serves
// /healthz next to /slack/events, answers signed slash commands in the ack, reloads a temporary
// copy of knowledge/ when a file really changes on disk (keeping the last good knowledge through a
// broken edit), records refused questions in the SQLite database under DATA_DIR (read back with
// kb:gaps), and exits 0 on SIGTERM.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runKbGaps } from "../../src/cli/kb-gaps.js";
import type { HealthReport } from "../../src/ops/health.js";
import { type FakeSlack, startFakeSlack, waitFor } from "../helpers/fake-slack.js";
import { ackBody } from "../helpers/http-client.js";
import { BOT_TOKEN, KNOWLEDGE_DIR, SIGNING_SECRET, visibleText } from "../helpers/slack-harness.js";
import { FORM, postToSlackApp, slashCommandBody } from "../helpers/slack-requests.js";

const root = path.resolve(import.meta.dirname, "../..");
const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
const knowledgeDir = path.join(tmp("focalpoint-kb-"), "knowledge");
const dataDir = tmp("focalpoint-data-");
const groupsFile = path.join(knowledgeDir, "entities-groups.yml");
const SUMMARY =
  "summary: UN inter-agency group, chaired by UNMAS, that develops policies and strategies, sets priorities among UN actors and shares information on mine action.";

let fake: FakeSlack;
let child: ChildProcess;
let output = "";
let port = "";

beforeAll(async () => {
  fs.cpSync(KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
  fake = await startFakeSlack();
  child = spawn(process.execPath, [path.join(root, "dist/main.js")], {
    cwd: tmp("focalpoint-start-"),
    env: {
      PATH: process.env.PATH ?? "",
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      KNOWLEDGE_DIR: knowledgeDir,
      KNOWLEDGE_WATCH: "true",
      DATA_DIR: dataDir,
      PORT: "0",
      LOG_LEVEL: "debug",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => {
    output += String(d);
  });
  child.stderr?.on("data", (d) => {
    output += String(d);
  });
  port = await waitFor(
    () => /listening on port (\d+)/.exec(output)?.[1],
    `start-up (output: ${output})`,
    45_000,
  );
}, 60_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  await fake?.close();
  fs.rmSync(path.dirname(knowledgeDir), { recursive: true, force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function health(): Promise<HealthReport> {
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/application\/json/);
  return (await res.json()) as HealthReport;
}

async function ask(text: string): Promise<string> {
  const res = await postToSlackApp(
    `http://127.0.0.1:${port}/slack/events`,
    slashCommandBody({ text, responseUrl: fake.responseUrl() }),
    { secret: SIGNING_SECRET, contentType: FORM },
  );
  expect(res.status).toBe(200);
  return visibleText(ackBody(res).body);
}

/** Polls an async check until it returns a value. */
async function until<T>(check: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let summary = SUMMARY;
/** Rewrites the IACG-MA summary line of the temporary knowledge copy, in place, like an editor. */
function editSummary(line: string): void {
  const text = fs.readFileSync(groupsFile, "utf8");
  if (!text.includes(summary)) throw new Error("IACG-MA summary line not found");
  fs.writeFileSync(groupsFile, text.replace(summary, line));
  summary = line;
}

describe("npm start (HTTP mode)", () => {
  it("serves GET /healthz next to /slack/events", async () => {
    const report = await health();
    expect(report).toMatchObject({ status: "ok", mode: "http", watching: true, reloads: 0 });
    expect(report.version).toMatch(/\S/);
    expect(report.counts.entities).toBeGreaterThan(10);
    expect(report.counts.activities).toBeGreaterThan(0);
    expect(report.lastReloadError).toBeNull();
  });

  it("answers a signed slash command in the ack", async () => {
    expect(await ask("who chairs the IACG-MA?")).toContain("UNMAS");
    expect(fake.callsTo("response_url")).toEqual([]);
  });

  it("reloads edited knowledge, keeps the last good one through a broken edit, then recovers", async () => {
    expect(fs.readFileSync(groupsFile, "utf8")).toContain(SUMMARY);
    const v0 = (await health()).version;

    editSummary("summary: Edited by the hot reload test, first pass.");
    const v1 = await until(async () => {
      const r = await health();
      return r.version !== v0 ? r : undefined;
    }, "reload after a valid edit");
    expect(v1.reloads).toBe(1);
    expect(await ask("what is the IACG-MA?")).toContain(
      "Edited by the hot reload test, first pass",
    );

    // A broken edit: a kind the schema does not know.
    const good = fs.readFileSync(groupsFile, "utf8");
    fs.writeFileSync(groupsFile, good.replace("kind: group", "kind: not-a-kind"));
    const broken = await until(async () => {
      const r = await health();
      return r.lastReloadError ? r : undefined;
    }, "the broken edit to be reported");
    expect(broken.status).toBe("degraded");
    expect(broken.version).toBe(v1.version);
    expect(broken.lastReloadError?.problems[0]).toMatch(/entities-groups\.yml:\d+:\d+: \S/);
    expect(await ask("what is the IACG-MA?")).toContain(
      "Edited by the hot reload test, first pass",
    );

    fs.writeFileSync(groupsFile, good);
    editSummary("summary: Edited by the hot reload test, second pass.");
    const fixed = await until(async () => {
      const r = await health();
      return r.status === "ok" && r.version !== v1.version ? r : undefined;
    }, "recovery after a valid edit");
    expect(fixed.lastReloadError).toBeNull();
    expect(fixed.failedReloads).toBeGreaterThanOrEqual(1);
    expect(await ask("what is the IACG-MA?")).toContain(
      "Edited by the hot reload test, second pass",
    );
  }, 60_000);

  it("records a refused question, stops cleanly on SIGTERM, and kb:gaps reports the question", async () => {
    const question = "what does WHO do about malaria?";
    expect(await ask(question)).toMatch(
      /I don't have (?:that|anything on malaria, WHO) in my knowledge base/,
    );

    const exited = new Promise<number | null>((resolve) =>
      child.once("exit", (code) => resolve(code)),
    );
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toMatch(/shutdown: done \(exit 0\)/);
    expect(output).not.toContain(BOT_TOKEN);
    expect(output).not.toContain(SIGNING_SECRET);

    const out: string[] = [];
    const code = runKbGaps(["--json"], {
      env: { DATA_DIR: dataDir },
      out: (t) => out.push(t),
      err: (t) => out.push(t),
    });
    expect(code).toBe(0);
    const report = JSON.parse(out.join("\n")) as {
      gaps: { question: string; count: number; surfaces: Record<string, number> }[];
    };
    expect(report.gaps).toEqual([
      expect.objectContaining({ question, count: 1, surfaces: { slash: 1 } }),
    ]);
  }, 30_000);
});

describe("npm start with knowledge that does not load", () => {
  it("prints every problem as file:line:col: message and exits 1", async () => {
    const dir = tmp("focalpoint-bad-kb-");
    fs.writeFileSync(path.join(dir, "entities.yml"), "entities:\n  - id: [broken\n");
    const bad = spawn(process.execPath, [path.join(root, "dist/main.js")], {
      cwd: tmp("focalpoint-start-"),
      env: {
        PATH: process.env.PATH ?? "",
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: fake.apiUrl,
        KNOWLEDGE_DIR: dir,
        DATA_DIR: tmp("focalpoint-data-"),
        PORT: "0",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    bad.stderr?.on("data", (d) => {
      stderr += String(d);
    });
    const code = await new Promise<number | null>((resolve) => bad.once("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toContain(`The knowledge in ${dir} does not load:`);
    expect(stderr).toMatch(/entities\.yml:\d+:\d+: \S/);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
