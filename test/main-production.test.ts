// The production way to run Focal Point: the build in dist/ (made by test/global-setup.ts) started
// as `node dist/main.js` and as `npm start`, against the local fake Slack. It answers a signed
// /focalpoint and drains and exits 0 on SIGTERM — sent to node, to the npm process only, or to
// the whole process group — and the build needs nothing from node_modules but `dependencies`.
import fs from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { HealthReport } from "../src/ops/health.js";
import { startFakeSlack, waitFor } from "./helpers/fake-slack.js";
import { ackBody } from "./helpers/http-client.js";
import { APP_TOKEN, SIGNING_SECRET, visibleText } from "./helpers/slack-harness.js";
import {
  FORM,
  postToSlackApp,
  slashCommandBody,
  slashCommandPayload,
} from "./helpers/slack-requests.js";
import {
  type AppProcess,
  alive,
  freePort,
  httpEnv,
  ROOT,
  refuses,
  startBuiltApp,
  startProcess,
  tmpDir,
  useFakeSlackForApps,
} from "./helpers/spawn-app.js";

const slack = useFakeSlackForApps();
const { started } = slack;

async function askOverHttp(port: string, text: string): Promise<string> {
  const res = await postToSlackApp(
    `http://127.0.0.1:${port}/slack/events`,
    slashCommandBody({ text, responseUrl: slack.fake.responseUrl() }),
    { secret: SIGNING_SECRET, contentType: FORM },
  );
  expect(res.status).toBe(200);
  return visibleText(ackBody(res).body);
}

/** Starts `npm start` in the project, HTTP mode on a free port. */
function npmStart(detached: boolean): AppProcess {
  const app = startProcess("npm", ["start"], httpEnv(slack.fake.apiUrl), { cwd: ROOT, detached });
  started.push(app);
  return app;
}

/** The pids whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
}

describe("node dist/main.js", () => {
  it("HTTP mode: /healthz, a signed /focalpoint answered, SIGTERM drains and exits 0", async () => {
    const app = startBuiltApp(httpEnv(slack.fake.apiUrl));
    started.push(app);
    const port = await app.waitForOutput(/listening on port (\d+)/);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as HealthReport).status).toBe("ok");
    expect(await askOverHttp(port, "who chairs the IACG-MA?")).toContain("UNMAS");

    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
    expect(app.output()).toMatch(/received SIGTERM/);
    expect(app.output()).toMatch(/shutdown: done \(exit 0\)/);
    expect(await refuses(Number(port))).toBe(true);
  });

  it("loads and reloads the knowledge on the worker built beside it (dist/load-worker.js)", async () => {
    const knowledge = path.join(tmpDir("fp-prod-kb-"), "knowledge");
    fs.cpSync(path.join(ROOT, "knowledge"), knowledge, { recursive: true });
    const data = tmpDir("fp-prod-data-");
    const env = httpEnv(slack.fake.apiUrl, {
      KNOWLEDGE_DIR: knowledge,
      KNOWLEDGE_WATCH: "true",
      DATA_DIR: data,
    });
    const app = startBuiltApp(env);
    started.push(app);
    const port = await app.waitForOutput(/listening on port (\d+)/);
    await app.waitForOutput(/knowledge: watching/);
    fs.appendFileSync(path.join(knowledge, "terms.yml"), "\n# an edit\n");
    await app.waitForOutput(/knowledge: reloaded \w+ → \w+/);
    expect(app.output()).not.toMatch(/load worker could not start/);
    expect(fs.existsSync(path.join(data, "knowledge-cache.json"))).toBe(true);
    expect(await askOverHttp(port, "who chairs the IACG-MA?")).toContain("UNMAS");
    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
  });

  it("Socket Mode: answers over the WebSocket, SIGINT drains and exits 0", async () => {
    const socketFake = await startFakeSlack();
    try {
      const env = httpEnv(socketFake.apiUrl, { SLACK_APP_TOKEN: APP_TOKEN, HEALTH_PORT: "0" });
      const app = startBuiltApp(env);
      started.push(app);
      await app.waitForOutput(/connected to Slack \(Socket Mode\)/);
      await waitFor(() => socketFake.socket(), "the Socket Mode connection");
      const ack = await socketFake.sendEnvelope({
        envelope_id: "env-prod-1",
        type: "slash_commands",
        accepts_response_payload: true,
        payload: slashCommandPayload({
          text: "who leads MARA",
          responseUrl: socketFake.responseUrl(),
        }),
      });
      expect(visibleText(ack.payload as Record<string, unknown>)).toContain("DPO");
      app.child.kill("SIGINT");
      expect(await app.exited).toBe(0);
      expect(app.output()).toMatch(/received SIGINT/);
    } finally {
      await socketFake.close();
    }
  });
});

describe("a signal during start-up", () => {
  it("stops at once with exit 0 while Slack is still being asked", async () => {
    // Nothing listens on this port: auth.test keeps retrying, so the app stays in start-up.
    const api = `http://127.0.0.1:${await freePort()}/api/`;
    const app = startBuiltApp(httpEnv(api, { SLACK_STARTUP_TIMEOUT: "20" }));
    started.push(app);
    await app.waitForOutput(/not reachable .*; retrying/);
    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
    expect(app.output()).toMatch(/shutdown: received SIGTERM during start-up/);
    expect(app.output()).toMatch(/shutdown: done \(exit 0\)/);
  }, 30_000);
});

describe("npm start", () => {
  it("runs node in npm's place: SIGTERM to the npm process alone drains the app and exits 0", async () => {
    const app = npmStart(false);
    const port = await app.waitForOutput(/listening on port (\d+)/);
    const npmPid = app.child.pid as number;
    // `exec` in the start script: npm's child is node itself, not a shell in between.
    const [nodePid] = childrenOf(npmPid);
    expect(nodePid).toBeDefined();
    expect(fs.readFileSync(`/proc/${nodePid}/cmdline`, "utf8")).toMatch(/^node\0.*run\.mjs\0main/);
    expect(await askOverHttp(port, "who leads MARA")).toContain("DPO");

    process.kill(npmPid, "SIGTERM");
    expect(await app.exited).toBe(0);
    expect(app.output()).toMatch(/shutdown: done \(exit 0\)/);
    expect(alive(nodePid as number)).toBe(false); // no orphan left serving
    expect(await refuses(Number(port))).toBe(true);
  });

  it("SIGTERM to the whole process group ends in one drain and exit 0", async () => {
    const app = npmStart(true);
    await app.waitForOutput(/listening on port (\d+)/);
    process.kill(-(app.child.pid as number), "SIGTERM");
    expect(await app.exited).toBe(0);
    expect(app.output().match(/shutdown: received SIGTERM/g)).toHaveLength(1);
    expect(app.output()).toMatch(/shutdown: done \(exit 0\)/);
  });
});

describe("the build", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
    allowScripts: Record<string, boolean>;
  };

  it("loads nothing from node_modules but runtime dependencies (works after npm prune --omit=dev)", () => {
    const builtins = new Set(builtinModules);
    const files = [
      "main.js",
      "load-worker.js",
      "cli/ask.js",
      "cli/kb-check.js",
      "cli/eval.js",
      "cli/kb-gaps.js",
    ];
    const outside = new Set<string>();
    for (const file of files) {
      const code = fs.readFileSync(path.join(ROOT, "dist", file), "utf8");
      const specifiers = [
        ...code.matchAll(/^import\s[^;]*?from\s*"([^"]+)"/gm),
        ...code.matchAll(/\b(?:require|import)\("([^"]+)"\)/g),
      ].map((m) => m[1] as string);
      for (const s of specifiers) {
        if (s.startsWith("node:") || s.startsWith(".") || builtins.has(s)) continue;
        outside.add(s);
      }
    }
    expect([...outside].sort()).toEqual(["better-sqlite3"]);
    for (const name of outside) expect(Object.keys(pkg.dependencies)).toContain(name);
  });

  it("allowScripts approves exactly the packages in the lock file that have install scripts", () => {
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
      packages: Record<string, { hasInstallScript?: boolean }>;
    };
    const withScripts = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([key]) => key.replace(/^.*node_modules\//, ""))
      .sort();
    expect(withScripts.length).toBeGreaterThan(0);
    expect(Object.keys(pkg.allowScripts).sort()).toEqual(withScripts);
    expect(Object.values(pkg.allowScripts).every((v) => v === true)).toBe(true);
  });
});
