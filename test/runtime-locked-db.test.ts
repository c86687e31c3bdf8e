// The running app (src/runtime.ts, HTTP mode) while another process holds the insights database
// in an exclusive transaction: every question is still answered at once, /healthz says the store
// is degraded, and the refused questions are written once the lock is released.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import type { HealthReport } from "../src/ops/health.js";
import { startFocalPoint } from "../src/runtime.js";
import { createLogger } from "../src/slack/logger.js";
import { databasePath, openExistingDatabase } from "../src/store/database.js";
import { readUnanswered } from "../src/store/insights-store.js";
import { startFakeSlack } from "./helpers/fake-slack.js";
import { BOT_TOKEN, KNOWLEDGE_DIR, SIGNING_SECRET } from "./helpers/slack-harness.js";
import { FORM, postToSlackApp, slashCommandBody } from "./helpers/slack-requests.js";

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

describe("a locked insights database", () => {
  it("never delays an answer; rows are written after the lock is released", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "fp-locked-rt-"));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const fake = await startFakeSlack();
    cleanups.push(() => fake.close());
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      KNOWLEDGE_DIR,
      KNOWLEDGE_WATCH: "false",
      DATA_DIR: dataDir,
      PORT: "0",
      RATE_LIMIT_PER_MINUTE: "1000",
    });
    const running = await startFocalPoint(config, { logger: createLogger({ sink: () => {} }) });
    cleanups.push(() => running.stop());
    const base = `http://127.0.0.1:${running.port}`;

    const other = new Database(databasePath(dataDir));
    other.exec("BEGIN EXCLUSIVE");
    cleanups.push(() => other.close());
    const slowest = { ms: 0 };
    const words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"];
    const questions = Array.from({ length: 12 }, (_, i) =>
      i % 2 ? `what is the budget of the ${words[i >> 1]} programme?` : "who chairs the IACG-MA?",
    );
    // The six budget questions are beyond the knowledge: each unanswered one is an insights row.
    const gaps = questions.filter((q) => !running.holder.engine().ask(q).answered).length;
    expect(gaps).toBe(6);
    for (const question of questions) {
      const started = performance.now();
      const res = await postToSlackApp(
        `${base}/slack/events`,
        slashCommandBody({ text: question, user: "ULOCKED", responseUrl: fake.responseUrl() }),
        { secret: SIGNING_SECRET, contentType: FORM },
      );
      slowest.ms = Math.max(slowest.ms, performance.now() - started);
      expect(res.status).toBe(200);
    }
    expect(slowest.ms).toBeLessThan(1_000); // was 2 s of busy timeout per queued row
    const health = (await (await fetch(`${base}/healthz`)).json()) as HealthReport;
    expect(health.status).toBe("degraded");
    expect(health.store).toMatchObject({ status: "degraded", queued: 6, dropped: 0 });
    expect(health.store?.reason).toMatch(/locked/);

    other.exec("COMMIT");
    let after: HealthReport | undefined;
    for (let i = 0; i < 100; i++) {
      after = (await (await fetch(`${base}/healthz`)).json()) as HealthReport;
      if (after.store?.status === "ok" && after.store.queued === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(after?.store).toMatchObject({ status: "ok", queued: 0, dropped: 0 });
    const db = openExistingDatabase(dataDir);
    expect(readUnanswered(db as Database.Database)).toHaveLength(6);
    db?.close();
  });
});
