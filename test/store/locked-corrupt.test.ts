// The store under a locked or corrupt database file: writes never wait on the event loop, rows
// queue (bounded, overflow counted) until the lock is released, and a damaged file is moved aside.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { databasePath, openDatabase } from "../../src/store/database.js";
import { openInsights, readUnanswered } from "../../src/store/insights-store.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "fp-locked-"));
  dirs.push(d);
  return d;
}
function recorder() {
  const lines: string[] = [];
  const log = (...m: unknown[]) => lines.push(m.map(String).join(" "));
  return { lines, logger: { info: log, warn: log, error: log } };
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("insights store with a locked database", () => {
  it("never waits for the lock, reports degraded, writes the queued rows after release", async () => {
    const dataDir = tmp();
    const { lines, logger } = recorder();
    const { store } = openInsights(dataDir, logger, { batch: true, retryMs: 20, maxRetryMs: 50 });
    const other = new Database(databasePath(dataDir));
    other.exec("BEGIN EXCLUSIVE");
    const started = performance.now();
    for (let i = 0; i < 30; i++) {
      store.unanswered({ question: `locked ${i}`, surface: "slash", at: new Date() });
      await new Promise((r) => setImmediate(r)); // each flush attempt runs and fails at once
    }
    // The old store waited 2 s per attempt here; now every attempt fails immediately.
    expect(performance.now() - started).toBeLessThan(1_000);
    const locked = store.status();
    expect(locked.status).toBe("degraded");
    expect(locked.reason).toMatch(/locked/);
    expect(locked.queued).toBe(30);
    expect(lines.join("\n")).toMatch(/database is locked/);

    other.exec("COMMIT");
    other.close();
    for (let i = 0; i < 100 && store.status().queued > 0; i++) await sleep(20);
    expect(store.status()).toMatchObject({ status: "ok", reason: null, queued: 0, dropped: 0 });
    store.close();
    const db = openDatabase(dataDir);
    expect(readUnanswered(db).map((r) => r.question)).toEqual(
      Array.from({ length: 30 }, (_, i) => `locked ${i}`),
    );
    db.close();
  });

  it("counts what overflows the bounded queue instead of blocking", async () => {
    const dataDir = tmp();
    const { store } = openInsights(dataDir, undefined, { batch: true, maxQueued: 5 });
    const other = new Database(databasePath(dataDir));
    other.exec("BEGIN EXCLUSIVE");
    for (let i = 0; i < 12; i++) {
      store.unanswered({ question: `q${i}`, surface: "dm", at: new Date() });
    }
    await new Promise((r) => setImmediate(r));
    expect(store.status()).toMatchObject({ status: "degraded", queued: 5, dropped: 7 });
    other.exec("COMMIT");
    other.close();
    store.close(); // the last flush at shutdown writes what was kept
    const db = openDatabase(dataDir);
    expect(readUnanswered(db).map((r) => r.question)).toEqual(["q0", "q1", "q2", "q3", "q4"]);
    db.close();
  });
});

describe("insights store with a corrupt database file", () => {
  it("moves the file aside with a clear log line and records into a fresh one", () => {
    const dataDir = tmp();
    fs.writeFileSync(databasePath(dataDir), "this is not a database ".repeat(200));
    const { lines, logger } = recorder();
    const { store, ok } = openInsights(dataDir, logger);
    expect(ok).toBe(true);
    const aside = fs.readdirSync(dataDir).filter((f) => f.includes(".corrupt-"));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, aside[0] as string), "utf8")).toMatch(/^this is not/);
    expect(lines.join("\n")).toMatch(/is not a readable database .*moved it to .*corrupt-.*fresh/);
    store.unanswered({ question: "after repair", surface: "dm", at: new Date() });
    expect(store.status().status).toBe("ok");
    store.close();
    const db = openDatabase(dataDir);
    expect(readUnanswered(db).map((r) => r.question)).toEqual(["after repair"]);
    db.close();
  });
});
