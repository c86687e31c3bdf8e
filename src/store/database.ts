// The embedded SQLite database for usage insights. Opened once at start, created on first use,
// migrated forward by a numbered list stored in PRAGMA user_version, so an old data folder keeps
// working after an upgrade and a newer one is refused rather than misread.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export type Db = Database.Database;

export const DATABASE_FILE = "focalpoint.db";

/** Each entry moves the schema from version i to i + 1. Append only; never edit a shipped one. */
export const MIGRATIONS: readonly string[] = [
  // 1: refused questions and feedback votes. Who asked is deliberately not stored.
  `CREATE TABLE unanswered (
     id INTEGER PRIMARY KEY,
     question TEXT NOT NULL,
     surface TEXT NOT NULL,
     at TEXT NOT NULL
   );
   CREATE INDEX unanswered_at ON unanswered (at);
   CREATE TABLE feedback (
     id INTEGER PRIMARY KEY,
     vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
     question TEXT NOT NULL,
     record_id TEXT,
     surface TEXT NOT NULL,
     at TEXT NOT NULL
   );
   CREATE INDEX feedback_at ON feedback (at);`,
  // 2: why each question was refused (Answer.reason), so kb:gaps can group refusals by it.
  "ALTER TABLE unanswered ADD COLUMN reason TEXT;",
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function databasePath(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE);
}

/** Applies the migrations the database has not seen yet, each in its own transaction. */
export function migrate(db: Db): number {
  const from = db.pragma("user_version", { simple: true }) as number;
  if (from > SCHEMA_VERSION) {
    throw new Error(
      `database schema version ${from} is newer than this program knows (${SCHEMA_VERSION}); upgrade Focal Point`,
    );
  }
  for (let v = from; v < SCHEMA_VERSION; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v] as string);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return from;
}

/** Errors that mean the file itself is damaged (not a lock, a permission or a newer schema). */
const CORRUPT = new Set(["SQLITE_NOTADB", "SQLITE_CORRUPT"]);

/**
 * Opens (creating folder and file if needed) and migrates the insights database. A file that is
 * not a readable database is renamed to `focalpoint.db.corrupt-<time>` (with its -wal/-shm) and a
 * fresh one created, so the app records again instead of failing at every start.
 */
export function openDatabase(dataDir: string, logger?: { error(...m: unknown[]): void }): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = databasePath(dataDir);
  try {
    return configure(new Database(file));
  } catch (error) {
    const code = String((error as { code?: unknown })?.code ?? "");
    if (!CORRUPT.has(code)) throw error;
    const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    for (const suffix of ["", "-wal", "-shm"]) {
      if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
    }
    logger?.error(
      `insights: ${file} is not a readable database (${(error as Error).message}); moved it to ${aside} and started a fresh one`,
    );
    return configure(new Database(file));
  }
}

function configure(db: Db): Db {
  try {
    db.pragma("busy_timeout = 2000"); // kb:gaps may read while the app writes
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL"); // safe with WAL; a crash loses at most the last writes
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens the database only if it exists (the kb:gaps report): a fresh install reports "no data
 * yet" instead of creating files. Migrates it like the app would, so old data stays readable.
 */
export function openExistingDatabase(dataDir: string): Db | undefined {
  const file = databasePath(dataDir);
  if (!fs.existsSync(file)) return undefined;
  return configure(new Database(file, { fileMustExist: true }));
}
