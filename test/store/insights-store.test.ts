import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/database.js";
import {
  createInsightsStore,
  MAX_STORED_QUESTION,
  openInsights,
  readFeedback,
  readUnanswered,
} from "../../src/store/insights-store.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "fp-insights-"));
  dirs.push(d);
  return d;
}
function recorder() {
  const lines: string[] = [];
  const log = (...m: unknown[]) => lines.push(m.map(String).join(" "));
  return { lines, logger: { info: log, warn: log, error: log } };
}

describe("insights store", () => {
  it("records refused questions and votes, readable after a restart", () => {
    const dataDir = tmp();
    const { store } = openInsights(dataDir);
    store.unanswered({
      question: "who runs WHO?",
      surface: "slash",
      at: new Date("2025-03-01T10:00:00Z"),
      reason: "unknown_name",
    });
    store.feedback({
      vote: "down",
      question: "who leads the MARA?",
      recordId: "mara-assessment",
      surface: "mention",
      at: new Date("2025-03-02T10:00:00Z"),
    });
    store.feedback({
      vote: "up",
      question: "what is CRSV",
      surface: "dm",
      at: new Date("2025-03-03T10:00:00Z"),
    });
    store.close();

    const db = openDatabase(dataDir);
    expect(readUnanswered(db)).toEqual([
      {
        question: "who runs WHO?",
        surface: "slash",
        at: "2025-03-01T10:00:00.000Z",
        reason: "unknown_name",
      },
    ]);
    expect(readFeedback(db)).toEqual([
      {
        vote: "down",
        question: "who leads the MARA?",
        recordId: "mara-assessment",
        surface: "mention",
        at: "2025-03-02T10:00:00.000Z",
      },
      {
        vote: "up",
        question: "what is CRSV",
        recordId: null,
        surface: "dm",
        at: "2025-03-03T10:00:00.000Z",
      },
    ]);
    expect(readFeedback(db, new Date("2025-03-03T00:00:00Z"))).toHaveLength(1);
    expect(readUnanswered(db, new Date("2025-03-02T00:00:00Z"))).toEqual([]);
    db.close();
  });

  it("bounds stored questions", () => {
    const dataDir = tmp();
    const { store } = openInsights(dataDir);
    store.unanswered({ question: "x".repeat(100_000), surface: "dm", at: new Date() });
    store.close();
    const db = openDatabase(dataDir);
    expect(readUnanswered(db)[0]?.question).toHaveLength(MAX_STORED_QUESTION);
    db.close();
  });

  it("never throws on a database error: logs it, counts it and goes on", () => {
    const { lines, logger } = recorder();
    const db = openDatabase(tmp());
    const store = createInsightsStore(db, logger);
    db.exec("DROP TABLE unanswered"); // simulate a broken database under a running app
    expect(() =>
      store.unanswered({ question: "q", surface: "slash", at: new Date() }),
    ).not.toThrow();
    expect(() =>
      store.feedback({
        vote: "sideways" as "up",
        question: "q",
        surface: "button",
        at: new Date(),
      }),
    ).not.toThrow();
    expect(store.failures).toBe(2);
    expect(lines.join("\n")).toMatch(/could not record an unanswered question.*no such table/);
    // Feedback still works.
    store.feedback({ vote: "up", question: "q", surface: "button", at: new Date() });
    expect(store.failures).toBe(2);
    store.close();
    store.close(); // idempotent
    expect(() =>
      store.feedback({ vote: "up", question: "late", surface: "dm", at: new Date() }),
    ).not.toThrow();
  });

  it("a bad timestamp falls back to now instead of failing", () => {
    const dataDir = tmp();
    const { store } = openInsights(dataDir);
    store.unanswered({ question: "q", surface: "dm", at: new Date("nonsense") });
    store.close();
    const db = openDatabase(dataDir);
    const at = readUnanswered(db)[0]?.at ?? "";
    expect(Math.abs(Date.parse(at) - Date.now())).toBeLessThan(60_000);
    db.close();
  });

  it("when the database cannot be opened, the app still gets a working (non-recording) store", () => {
    const { lines, logger } = recorder();
    const blocker = path.join(tmp(), "file-not-dir");
    fs.writeFileSync(blocker, "");
    const { store, ok } = openInsights(path.join(blocker, "data"), logger);
    expect(ok).toBe(false);
    expect(() => store.unanswered({ question: "q", surface: "dm", at: new Date() })).not.toThrow();
    expect(store.failures).toBe(1);
    expect(lines.join("\n")).toMatch(/cannot open the database/);
    store.close();
  });
  it("in batch mode writes on the next turn of the event loop, and close() flushes what waits", async () => {
    const dataDir = tmp();
    const { store } = openInsights(dataDir, undefined, { batch: true });
    const db = openDatabase(dataDir);
    store.unanswered({ question: "first", surface: "slash", at: new Date() });
    store.unanswered({ question: "second", surface: "dm", at: new Date() });
    // Not yet written: the answer goes out before the database is touched.
    expect(readUnanswered(db)).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(readUnanswered(db).map((r) => r.question)).toEqual(["first", "second"]);

    store.feedback({ vote: "down", question: "third", surface: "mention", at: new Date() });
    store.close();
    expect(readFeedback(db).map((r) => r.question)).toEqual(["third"]);
    db.close();
  });
});
