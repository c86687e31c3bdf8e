// Start-up as an operator meets it, from the build (`node dist/main.js`) against the fake Slack:
// an unedited copy of .env.example, a Slack API nobody answers (bounded retry, /healthz saying
// "starting" meanwhile), tokens Slack rejects, the mode and its reason in the log, and LOG_LEVEL
// reaching every logger, Bolt's included.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { HealthReport } from "../src/ops/health.js";
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from "./helpers/slack-harness.js";
import {
  type AppProcess,
  freePort,
  httpEnv,
  ROOT,
  startBuiltApp,
  startProcess,
  tmpDir,
  useFakeSlackForApps,
} from "./helpers/spawn-app.js";

const slack = useFakeSlackForApps();
const { started } = slack;

function run(env: Record<string, string>): AppProcess {
  const app = startBuiltApp(env);
  started.push(app);
  return app;
}

const lines = (text: string, level: string) =>
  text.split("\n").filter((l) => l.includes(`[${level}]`));

describe("start-up configuration", () => {
  it("rejects the placeholders of an unedited .env.example by name, before calling Slack", async () => {
    const cwd = tmpDir("fp-env-example-");
    fs.copyFileSync(path.join(ROOT, ".env.example"), path.join(cwd, ".env"));
    const calls = slack.fake.calls.length;
    const app = startProcess(
      process.execPath,
      [path.join(ROOT, "dist/main.js")],
      { PATH: process.env.PATH ?? "", SLACK_API_URL: slack.fake.apiUrl },
      { cwd },
    );
    started.push(app);
    expect(await app.exited).toBe(1);
    const out = app.output();
    expect(out).toContain("SLACK_BOT_TOKEN: still holds the example value from .env.example");
    expect(out).toContain("SLACK_APP_TOKEN: still holds the example value from .env.example");
    expect(out).toMatch(/leave it empty to use HTTP mode/);
    expect(slack.fake.calls.length).toBe(calls);
  });

  it.each([
    ["socket", { SLACK_APP_TOKEN: APP_TOKEN }, /Mode: Socket Mode, because SLACK_APP_TOKEN is set/],
    ["http", {}, /Mode: HTTP on port 0, because SLACK_APP_TOKEN is empty/],
  ])("logs the %s mode and why before connecting", async (_mode, extra, line) => {
    const app = run(httpEnv(slack.fake.apiUrl, extra));
    await app.waitForOutput(/Focal Point is (connected|listening)/);
    const out = app.output();
    expect(out).toMatch(line);
    expect(out.search(line)).toBeLessThan(out.search(/Focal Point is (connected|listening)/));
    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
  });
});

describe("start-up against Slack", () => {
  it("retries an unreachable Slack API for SLACK_STARTUP_TIMEOUT, serving /healthz 'starting', then exits 1", async () => {
    const deadPort = await freePort();
    const port = await freePort();
    const app = run(
      httpEnv(`http://127.0.0.1:${deadPort}/api/`, {
        PORT: String(port),
        SLACK_STARTUP_TIMEOUT: "3",
      }),
    );
    await app.waitForOutput(/not reachable/);
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as HealthReport).status).toBe("starting");
    const signed = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST" });
    expect(signed.status).toBe(503); // Slack retries; nothing runs before the token is checked

    const began = Date.now();
    expect(await app.exited).toBe(1);
    expect(Date.now() - began).toBeLessThan(10_000);
    const out = app.output();
    expect(out).toContain(
      `Could not reach the Slack API at http://127.0.0.1:${deadPort}/api/ (SLACK_API_URL) within 3 s`,
    );
    expect(out).toMatch(/network/);
    expect(out).toMatch(/ECONNREFUSED/);
    expect(out).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it.each([
    [
      "invalid_auth",
      /copy the Bot User OAuth Token \(xoxb-...\) on the app's Install App page again/,
    ],
    ["account_inactive", /reinstall the app to the workspace/],
    ["token_revoked", /the token was revoked \(token_revoked\): reinstall the app/],
  ])(
    "a bot token Slack answers %s to stops start-up naming SLACK_BOT_TOKEN",
    async (error, advice) => {
      slack.fake.failNext("auth.test", error);
      const app = run(httpEnv(slack.fake.apiUrl));
      expect(await app.exited).toBe(1);
      const out = app.output();
      expect(out).toContain(`SLACK_BOT_TOKEN was rejected by Slack`);
      expect(out).toContain(`(${error})`);
      expect(out).toMatch(advice);
      expect(out).not.toMatch(/\n\s+at /);
      expect(out).not.toContain(BOT_TOKEN);
    },
  );

  it("an app-level token Slack rejects stops Socket Mode start-up naming SLACK_APP_TOKEN", async () => {
    slack.fake.failNext("apps.connections.open", "invalid_auth");
    const app = run(httpEnv(slack.fake.apiUrl, { SLACK_APP_TOKEN: APP_TOKEN }));
    expect(await app.exited).toBe(1);
    expect(app.output()).toMatch(
      /SLACK_APP_TOKEN was rejected by Slack: Slack does not accept it \(invalid_auth\): copy the app-level token/,
    );
    expect(app.output()).not.toContain(APP_TOKEN);
  });
});

describe("LOG_LEVEL", () => {
  it("error: prints the error and no INFO or DEBUG line", async () => {
    slack.fake.failNext("auth.test", "invalid_auth");
    const app = run(httpEnv(slack.fake.apiUrl, { LOG_LEVEL: "error" }));
    expect(await app.exited).toBe(1);
    const out = app.output();
    expect(lines(out, "ERROR").join("\n")).toContain("SLACK_BOT_TOKEN was rejected");
    expect(lines(out, "INFO")).toEqual([]);
    expect(lines(out, "DEBUG")).toEqual([]);
  });

  it("error: a healthy start and stop print nothing at all", async () => {
    const port = await freePort();
    const app = run(httpEnv(slack.fake.apiUrl, { LOG_LEVEL: "error", PORT: String(port) }));
    for (let i = 0; i < 200; i++) {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
      if (res?.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
    expect(app.output()).toBe("");
  });

  it("debug: Bolt's and the Web API client's DEBUG lines come through, secrets redacted", async () => {
    const app = run(httpEnv(slack.fake.apiUrl, { LOG_LEVEL: "debug" }));
    await app.waitForOutput(/listening on port/);
    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
    const debug = lines(app.output(), "DEBUG").join("\n");
    expect(debug).toMatch(/apiCall\('auth\.test'\) start/);
    expect(debug).toMatch(/http request url: http:\/\/127\.0\.0\.1:\d+\/api\/auth\.test/);
    expect(app.output()).not.toContain(BOT_TOKEN);
    expect(app.output()).not.toContain(SIGNING_SECRET);
  });
});
