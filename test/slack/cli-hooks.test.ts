// The Slack CLI's hooks (.slack/hooks.json), run the way the CLI runs them: each command through
// a shell in the project folder, with the protocol arguments it appends. The CLI binary itself is
// not installable here, so this is the contract it relies on: get-hooks lists the hooks,
// get-manifest prints manifest.yml as JSON, start runs the app in Socket Mode with the tokens the
// CLI hands over (SLACK_CLI_XOXB / SLACK_CLI_XAPP) and stops cleanly.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { startFakeSlack, waitFor } from "../helpers/fake-slack.js";
import { APP_TOKEN, BOT_TOKEN, KNOWLEDGE_DIR, visibleText } from "../helpers/slack-harness.js";
import { slashCommandPayload } from "../helpers/slack-requests.js";
import { type AppProcess, ROOT, startProcess, tmpDir } from "../helpers/spawn-app.js";

const hooks = JSON.parse(fs.readFileSync(path.join(ROOT, ".slack/hooks.json"), "utf8")) as {
  hooks: Record<string, string>;
};
const manifest = parse(fs.readFileSync(path.join(ROOT, "manifest.yml"), "utf8")) as unknown;
const BOUNDARY = "--protocol message-boundaries --boundary=B0UNDARY";

function runHook(name: string, args = ""): string {
  const command = hooks.hooks[name];
  if (!command) throw new Error(`no ${name} hook`);
  return execFileSync("sh", ["-c", `${command} ${args}`], { cwd: ROOT, encoding: "utf8" });
}

const started: AppProcess[] = [];
afterEach(() => {
  for (const app of started.splice(0)) app.kill();
});

describe(".slack/hooks.json", () => {
  it("get-hooks describes the same hooks, the protocol and the files to watch", () => {
    const sdk = JSON.parse(runHook("get-hooks")) as {
      hooks: Record<string, string>;
      config: Record<string, unknown>;
      runtime: string;
    };
    expect(sdk.hooks).toEqual(hooks.hooks);
    expect(Object.keys(sdk.hooks).sort()).toEqual(["get-hooks", "get-manifest", "start"]);
    expect(sdk.config["protocol-version"]).toEqual(["message-boundaries"]);
    expect(sdk.config["sdk-managed-connection-enabled"]).toBe(true);
    expect(sdk.config.watch).toMatchObject({ manifest: { paths: ["manifest.yml"] } });
    expect(sdk.runtime).toBe("node");
  });

  it("get-manifest prints manifest.yml as JSON, between boundaries when asked", () => {
    expect(JSON.parse(runHook("get-manifest"))).toEqual(manifest);
    const framed = runHook("get-manifest", BOUNDARY).trim();
    expect(framed.startsWith("B0UNDARY")).toBe(true);
    expect(framed.endsWith("B0UNDARY")).toBe(true);
    expect(JSON.parse(framed.slice("B0UNDARY".length, -"B0UNDARY".length))).toEqual(manifest);
  });

  it("start runs the app in Socket Mode with the CLI's tokens and drains on SIGTERM", async () => {
    const fake = await startFakeSlack();
    try {
      const app = startProcess(
        "sh",
        ["-c", `${hooks.hooks.start} ${BOUNDARY}`],
        {
          PATH: process.env.PATH ?? "",
          SLACK_CLI_XOXB: BOT_TOKEN,
          SLACK_CLI_XAPP: APP_TOKEN,
          SLACK_API_URL: fake.apiUrl,
          KNOWLEDGE_DIR,
          KNOWLEDGE_WATCH: "false",
          DATA_DIR: tmpDir("fp-hooks-data-"),
        },
        { cwd: ROOT },
      );
      started.push(app);
      await app.waitForOutput(/connected to Slack \(Socket Mode\)/);
      expect(fake.callsTo("auth.test")[0]?.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
      expect(fake.callsTo("apps.connections.open")[0]?.headers.authorization).toBe(
        `Bearer ${APP_TOKEN}`,
      );
      await waitFor(() => fake.socket(), "the Socket Mode connection");
      const ack = await fake.sendEnvelope({
        envelope_id: "env-hooks-1",
        type: "slash_commands",
        accepts_response_payload: true,
        payload: slashCommandPayload({ text: "who leads MARA", responseUrl: fake.responseUrl() }),
      });
      expect(visibleText(ack.payload as Record<string, unknown>)).toContain("DPO");
      app.child.kill("SIGTERM");
      expect(await app.exited).toBe(0);
    } finally {
      await fake.close();
    }
  });
});
