// The assembly `npm start` runs (src/runtime.ts), in-process: Socket Mode against the fake
// Slack's WebSocket, with and without HEALTH_PORT, and a knowledge folder that does not load.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import type { HealthReport } from "../src/ops/health.js";
import { KnowledgeLoadError } from "../src/ops/knowledge-holder.js";
import { type Running, startFocalPoint } from "../src/runtime.js";
import { createLogger } from "../src/slack/logger.js";
import { openExistingDatabase } from "../src/store/database.js";
import { readUnanswered } from "../src/store/insights-store.js";
import { type FakeSlack, startFakeSlack, waitFor } from "./helpers/fake-slack.js";
import {
  APP_TOKEN,
  BOT_TOKEN,
  KNOWLEDGE_DIR,
  SIGNING_SECRET,
  visibleText,
} from "./helpers/slack-harness.js";
import {
  FORM,
  postToSlackApp,
  slashCommandBody,
  slashCommandPayload,
} from "./helpers/slack-requests.js";

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

const tmp = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
};

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function refuses(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

async function startSocketMode(env: Record<string, string>): Promise<{
  fake: FakeSlack;
  running: Running;
  dataDir: string;
}> {
  const fake = await startFakeSlack();
  cleanups.push(() => fake.close());
  const dataDir = tmp("fp-runtime-data-");
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_API_URL: fake.apiUrl,
    KNOWLEDGE_DIR,
    KNOWLEDGE_WATCH: "false",
    DATA_DIR: dataDir,
    LOG_LEVEL: "info",
    ...env,
  });
  const logger = createLogger({ level: "info", sink: () => {} });
  const running = await startFocalPoint(config, { logger });
  cleanups.push(() => running.stop());
  await waitFor(() => fake.socket(), "the Socket Mode connection");
  return { fake, running, dataDir };
}

describe("startFocalPoint in Socket Mode", () => {
  it("serves /healthz on HEALTH_PORT and answers commands over the WebSocket", async () => {
    const { fake, running } = await startSocketMode({ HEALTH_PORT: "0" });
    expect(running.healthPort).toBeGreaterThan(0);
    const res = await fetch(`http://127.0.0.1:${running.healthPort}/healthz`);
    expect(res.status).toBe(200);
    const report = (await res.json()) as HealthReport;
    expect(report).toMatchObject({ status: "ok", mode: "socket", watching: false });
    expect(report.counts.entities).toBeGreaterThan(10);
    expect((await fetch(`http://127.0.0.1:${running.healthPort}/slack/events`)).status).toBe(404);

    const ack = await fake.sendEnvelope({
      envelope_id: "env-runtime-1",
      type: "slash_commands",
      accepts_response_payload: true,
      payload: slashCommandPayload({ text: "who leads MARA", responseUrl: fake.responseUrl() }),
    });
    expect(visibleText(ack.payload as Record<string, unknown>)).toContain("DPO");

    const port = running.healthPort as number;
    await running.stop();
    expect(await refuses(port)).toBe(true);
  });

  it("opens no HTTP port without HEALTH_PORT", async () => {
    const port = await freePort();
    const { running, fake } = await startSocketMode({ PORT: String(port) });
    expect(running.healthPort).toBeUndefined();
    expect(running.port).toBeUndefined();
    expect(fake.callsTo("apps.connections.open")).toHaveLength(1);
    expect(await refuses(port)).toBe(true);
  });

  it("records refused questions in the database under DATA_DIR, in batches and on stop", async () => {
    const { fake, running, dataDir } = await startSocketMode({});
    const ask = (text: string, id: string) =>
      fake.sendEnvelope({
        envelope_id: id,
        type: "slash_commands",
        accepts_response_payload: true,
        payload: slashCommandPayload({ text, responseUrl: fake.responseUrl() }),
      });
    await ask("asdfgh qwerty", "env-runtime-2");
    await ask("who leads MARA", "env-runtime-3"); // answered: not a gap
    await ask("zxcvb poiuy", "env-runtime-4");
    // Written after the answers went out: visible to a reader (kb:gaps) while the bot runs.
    const reader = openExistingDatabase(dataDir);
    if (!reader) throw new Error("no database under DATA_DIR");
    try {
      const rows = await waitFor(() => {
        const r = readUnanswered(reader);
        return r.length >= 2 ? r : undefined;
      }, "the refused questions in the database");
      expect(rows.map((r) => [r.question, r.surface])).toEqual([
        ["asdfgh qwerty", "slash"],
        ["zxcvb poiuy", "slash"],
      ]);
      // An event still queued when the bot stops is written before the database closes.
      running.insights.unanswered({ question: "last words", surface: "dm", at: new Date() });
      await running.stop();
      expect(readUnanswered(reader).map((r) => r.question)).toContain("last words");
    } finally {
      reader.close();
    }
  });
});

describe("startFocalPoint in HTTP mode", () => {
  it("serves /healthz next to /slack/events, and on HEALTH_PORT as well when set", async () => {
    const fake = await startFakeSlack();
    cleanups.push(() => fake.close());
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      KNOWLEDGE_DIR,
      KNOWLEDGE_WATCH: "false",
      DATA_DIR: tmp("fp-runtime-data-"),
      PORT: "0",
      HEALTH_PORT: "0",
    });
    const running = await startFocalPoint(config, { logger: createLogger({ sink: () => {} }) });
    cleanups.push(() => running.stop());
    expect(running.port).toBeGreaterThan(0);
    expect(running.healthPort).toBeGreaterThan(0);
    expect(running.healthPort).not.toBe(running.port);
    for (const port of [running.port, running.healthPort]) {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as HealthReport).mode).toBe("http");
    }
    const res = await postToSlackApp(
      `http://127.0.0.1:${running.port}/slack/events`,
      slashCommandBody({ text: "who leads MARA", responseUrl: fake.responseUrl() }),
      { secret: SIGNING_SECRET, contentType: FORM },
    );
    expect(visibleText(JSON.parse(res.body) as Record<string, unknown>)).toContain("DPO");
  });
});

describe("startFocalPoint with knowledge that does not load", () => {
  it("throws KnowledgeLoadError with file:line:col problems and leaves nothing running", async () => {
    const dir = tmp("fp-runtime-kb-");
    fs.writeFileSync(path.join(dir, "entities.yml"), "entities:\n  - id: [broken\n");
    const fake = await startFakeSlack();
    cleanups.push(() => fake.close());
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: fake.apiUrl,
      KNOWLEDGE_DIR: dir,
      DATA_DIR: tmp("fp-runtime-data-"),
    });
    const error = await startFocalPoint(config, {
      logger: createLogger({ sink: () => {} }),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeLoadError);
    const problems = (error as KnowledgeLoadError).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/entities\.yml:\d+:\d+: \S/);
    expect(fake.calls).toEqual([]); // never got as far as Slack
  });
});
