import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import {
  DATABASE_FILE,
  MIGRATIONS,
  migrate,
  openDatabase,
  openExistingDatabase,
  SCHEMA_VERSION,
} from "../../src/store/database.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "fp-db-"));
  dirs.push(d);
  return d;
}

describe("openDatabase", () => {
  it("creates the data folder and database on first start, in WAL mode at the current schema", () => {
    const dataDir = path.join(tmp(), "nested", "data");
    const db = openDatabase(dataDir);
    try {
      expect(fs.existsSync(path.join(dataDir, DATABASE_FILE))).toBe(true);
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .pluck()
        .all();
      expect(tables).toEqual(["feedback", "unanswered"]);
      // No column could hold who asked.
      const columns = db.prepare("SELECT name FROM pragma_table_info('unanswered')").pluck().all();
      expect(columns).toEqual(["id", "question", "surface", "at", "reason"]);
    } finally {
      db.close();
    }
  });

  it("reopening keeps the data and does not re-run migrations", () => {
    const dataDir = tmp();
    const db = openDatabase(dataDir);
    db.prepare("INSERT INTO unanswered (question, surface, at) VALUES ('q', 'dm', 'now')").run();
    db.close();
    const again = openDatabase(dataDir);
    expect(again.prepare("SELECT count(*) FROM unanswered").pluck().get()).toBe(1);
    again.close();
  });

  it("migrates an older database forward and refuses a newer one", () => {
    const dataDir = tmp();
    const file = path.join(dataDir, DATABASE_FILE);
    const old = new Database(file);
    expect(migrate(old)).toBe(0);
    expect(migrate(old)).toBe(SCHEMA_VERSION); // nothing left to do
    old.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    old.close();
    expect(() => openDatabase(dataDir)).toThrow(/newer than this program knows/);
  });

  it("a failing migration leaves the version untouched", () => {
    const db = new Database(":memory:");
    db.exec("CREATE TABLE unanswered (x)"); // collides with migration 1
    expect(() => migrate(db)).toThrow();
    expect(db.pragma("user_version", { simple: true })).toBe(0);
    db.close();
  });
});

describe("openExistingDatabase", () => {
  it("returns undefined, creating nothing, when there is no database yet", () => {
    const dataDir = path.join(tmp(), "absent");
    expect(openExistingDatabase(dataDir)).toBeUndefined();
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it("opens a database the app created", () => {
    const dataDir = tmp();
    openDatabase(dataDir).close();
    const db = openExistingDatabase(dataDir);
    expect(db?.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    db?.close();
  });
});
