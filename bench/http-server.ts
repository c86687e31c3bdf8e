// Child process of bench/http.ts: runs one server under test, so the load generator never shares
// an event loop with it. `app` is Focal Point in HTTP mode, built by main.ts's own assembly;
// `bare` is a minimal Bolt app that acks every command with a constant text (the baseline).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { App, LogLevel } from "@slack/bolt";
import { loadConfig } from "../src/config.js";
import { startFocalPoint } from "../src/runtime.js";
import { createLogger } from "../src/slack/logger.js";
import { SIGNING_SECRET } from "./http-slack.js";

const mode = process.argv[2];
const fakeSlackUrl = process.argv[3] ?? "http://127.0.0.1:9";
const send = (msg: unknown) => process.send?.(msg);

/** Focal Point exactly as `npm start` assembles it (src/runtime.ts), in HTTP mode. */
async function startApp(): Promise<{ port: number; stop: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "fp-bench-data-"));
  const config = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: `${fakeSlackUrl}/api/`,
    PORT: "0",
    LOG_LEVEL: "error",
    // The limiter stays in the path, with a budget the benchmark's 500 users never exhaust.
    RATE_LIMIT_PER_MINUTE: "1000000",
    KNOWLEDGE_DIR: process.env.KNOWLEDGE_DIR ?? "knowledge",
    // Nobody edits the knowledge during a run; the watcher costs nothing per request anyway.
    KNOWLEDGE_WATCH: "false",
    DATA_DIR: dataDir,
  });
  const running = await startFocalPoint(config, {
    logger: createLogger({ level: "error", secrets: [config.botToken, config.signingSecret] }),
  });
  return {
    port: running.port as number,
    stop: async () => {
      await running.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function startBare(): Promise<{ port: number; stop: () => Promise<void> }> {
  const app = new App({
    token: "xoxb-bench",
    signingSecret: SIGNING_SECRET,
    logLevel: LogLevel.ERROR,
    // Same one-off auth.test as the app, answered by the fake Slack (no network).
    clientOptions: { slackApiUrl: `${fakeSlackUrl}/api/` },
  });
  app.command(/^\/.+/, async ({ ack }) => {
    await ack("Focal Point bench: constant reply.");
  });
  app.event(/.*/, async () => {});
  const server = (await app.start(0)) as unknown as { address(): { port: number } };
  return { port: server.address().port, stop: () => app.stop() as Promise<void> };
}

const started = await (mode === "app" ? startApp() : startBare());
send({ type: "listening", port: started.port });
process.on("message", async (msg: { type?: string }) => {
  if (msg?.type === "memory") {
    const rss = process.memoryUsage().rss;
    globalThis.gc?.();
    const settled = process.memoryUsage();
    send({ type: "memory", rss, rssAfterGc: settled.rss, heapAfterGc: settled.heapUsed });
  } else if (msg?.type === "stop") {
    await started.stop();
    send({ type: "stopped" });
    process.exit(0);
  }
});
