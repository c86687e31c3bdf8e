// Configuration: every missing or malformed variable is named, all at once; `npm start` stops with
// exit 1 and one line per problem, and never prints a token.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import dotenv from "dotenv";
import { describe, expect, it } from "vitest";
import { ConfigError, EXAMPLE_VALUES, loadCommonConfig, loadConfig } from "../src/config.js";

const GOOD = { SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_APP_TOKEN: "xapp-1-A-2-def" };

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("loadConfig", () => {
  it("chooses Socket Mode when SLACK_APP_TOKEN is set", () => {
    const config = loadConfig(GOOD);
    expect(config.mode).toBe("socket");
    expect(config.port).toBe(3000);
    expect(config.logLevel).toBe("info");
    expect(config.slackApiUrl).toBeUndefined();
  });

  it("chooses HTTP with the signing secret otherwise", () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_SIGNING_SECRET: "s3cret",
      PORT: "8080",
    });
    expect(config.mode).toBe("http");
    expect(config.port).toBe(8080);
    expect(config.signingSecret).toBe("s3cret");
  });

  it("limits a knowledge folder to 50 MB unless KNOWLEDGE_MAX_MB says otherwise", () => {
    expect(loadConfig(GOOD).knowledgeMaxBytes).toBe(50 * 1024 * 1024);
    expect(loadConfig({ ...GOOD, KNOWLEDGE_MAX_MB: "200" }).knowledgeMaxBytes).toBe(
      200 * 1024 * 1024,
    );
  });

  it("normalises SLACK_API_URL and LOG_LEVEL", () => {
    const config = loadConfig({
      ...GOOD,
      SLACK_API_URL: "http://127.0.0.1:9/api",
      LOG_LEVEL: "DEBUG",
    });
    expect(config.slackApiUrl).toBe("http://127.0.0.1:9/api/");
    expect(config.logLevel).toBe("debug");
  });

  it.each([
    [{}, "SLACK_BOT_TOKEN"],
    [{ ...GOOD, SLACK_BOT_TOKEN: "xoxp-user-token" }, "SLACK_BOT_TOKEN"],
    [{ ...GOOD, SLACK_APP_TOKEN: "xoxb-wrong-kind" }, "SLACK_APP_TOKEN"],
    [{ SLACK_BOT_TOKEN: "xoxb-1" }, "SLACK_SIGNING_SECRET"],
    [{ ...GOOD, PORT: "eighty" }, "PORT"],
    [{ ...GOOD, PORT: "70000" }, "PORT"],
    [{ ...GOOD, HEALTH_PORT: "-1" }, "HEALTH_PORT"],
    [{ ...GOOD, SLACK_API_URL: "ftp://slack.com/api" }, "SLACK_API_URL"],
    [{ ...GOOD, SLACK_API_URL: "not a url" }, "SLACK_API_URL"],
    [{ ...GOOD, LOG_LEVEL: "verbose" }, "LOG_LEVEL"],
    [{ ...GOOD, RATE_LIMIT_PER_MINUTE: "0" }, "RATE_LIMIT_PER_MINUTE"],
    [{ ...GOOD, KNOWLEDGE_MAX_MB: "lots" }, "KNOWLEDGE_MAX_MB"],
    [{ ...GOOD, KNOWLEDGE_WATCH: "maybe" }, "KNOWLEDGE_WATCH"],
    [{ ...GOOD, SLACK_STARTUP_TIMEOUT: "0" }, "SLACK_STARTUP_TIMEOUT"],
    [{ ...GOOD, SLACK_BOT_TOKEN: EXAMPLE_VALUES.SLACK_BOT_TOKEN as string }, "SLACK_BOT_TOKEN"],
    [{ ...GOOD, SLACK_APP_TOKEN: EXAMPLE_VALUES.SLACK_APP_TOKEN as string }, "SLACK_APP_TOKEN"],
  ])("names the variable in %j", (env, variable) => {
    const found = problems(env as Record<string, string>);
    expect(found.filter((p) => p.startsWith(`${variable}: `))).toHaveLength(1);
  });

  it("lists every problem at once and points at the README", () => {
    try {
      loadConfig({ SLACK_BOT_TOKEN: "nope", PORT: "x", LOG_LEVEL: "loud" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const e = error as ConfigError;
      expect(e.problems.map((p) => p.split(":")[0]).sort()).toEqual([
        "LOG_LEVEL",
        "PORT",
        "SLACK_BOT_TOKEN",
        "SLACK_SIGNING_SECRET",
      ]);
      expect(e.message).toContain("README.md");
    }
  });

  it("never echoes a token value in a problem", () => {
    const found = problems({
      SLACK_BOT_TOKEN: "xoxp-secret-user-token",
      SLACK_APP_TOKEN: "xoxb-secret-bot",
    });
    expect(found.join("\n")).not.toContain("secret");
  });

  it("knows every token placeholder .env.example ships with", () => {
    const example = dotenv.parse(
      readFileSync(path.resolve(import.meta.dirname, "../.env.example")),
    );
    const placeholders = Object.entries(example).filter(
      ([name, value]) => /TOKEN|SECRET/.test(name) && value !== "",
    );
    expect(placeholders.length).toBeGreaterThan(0);
    for (const [name, value] of placeholders) {
      expect(EXAMPLE_VALUES[name]).toBe(value);
      expect(problems({ ...GOOD, [name]: value })).toEqual([
        expect.stringMatching(
          new RegExp(`^${name}: still holds the example value from \\.env\\.example; `),
        ),
      ]);
    }
  });

  it("bounds the Slack start-up retry by SLACK_STARTUP_TIMEOUT (seconds, default 30)", () => {
    expect(loadConfig(GOOD).startupTimeoutMs).toBe(30_000);
    expect(loadConfig({ ...GOOD, SLACK_STARTUP_TIMEOUT: "2" }).startupTimeoutMs).toBe(2_000);
  });

  it("takes the tokens `slack run` hands over when the usual variables are unset", () => {
    const config = loadConfig({ SLACK_CLI_XOXB: "xoxb-cli-1", SLACK_CLI_XAPP: "xapp-cli-2" });
    expect(config).toMatchObject({
      mode: "socket",
      botToken: "xoxb-cli-1",
      appToken: "xapp-cli-2",
    });
    expect(loadConfig({ ...GOOD, SLACK_CLI_XOXB: "xoxb-cli-1" }).botToken).toBe(
      GOOD.SLACK_BOT_TOKEN,
    );
  });

  it("needs no Slack tokens for the command-line tools", () => {
    expect(loadCommonConfig({}).logLevel).toBe("info");
    expect(() => loadCommonConfig({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });
});

describe("npm start with a bad configuration", () => {
  it("exits 1 with one line per problem naming the variable", () => {
    const root = path.resolve(import.meta.dirname, "..");
    const cwd = mkdtempSync(path.join(os.tmpdir(), "focalpoint-config-")); // no .env here
    const result = spawnSync(process.execPath, [path.join(root, "dist/main.js")], {
      cwd,
      encoding: "utf8",
      env: {
        PATH: process.env.PATH ?? "",
        NODE_PATH: path.join(root, "node_modules"),
        SLACK_BOT_TOKEN: "xoxp-secret-user-token",
        PORT: "x",
      },
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toContain("README.md");
    expect(lines.filter((l) => /^\s+SLACK_BOT_TOKEN: /.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^\s+PORT: /.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^\s+SLACK_SIGNING_SECRET: /.test(l))).toHaveLength(1);
    expect(result.stderr + result.stdout).not.toContain("secret-user-token");
  });
});
