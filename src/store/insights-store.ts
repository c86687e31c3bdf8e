// Insights (refused questions, 👍/👎 votes) written to SQLite. Recording is best effort by design:
// every call catches and logs its own errors, so a full disk or a locked file never delays or
// breaks an answer. Only the question, the surface and the time are kept — never who asked.
// The app batches: events wait for the next turn of the event loop and are written together in
// one transaction, after the answer has gone out (one commit per burst, not one per question).
import type { OpsLogger } from "../ops/logger.js";
import { silentLogger } from "../ops/logger.js";
import type { Insights, Surface } from "../slack/deps.js";
import { type Db, openDatabase } from "./database.js";

/** Longest question stored: enough for any real question, bounded against pastes. */
export const MAX_STORED_QUESTION = 1_000;

export interface InsightsStore extends Insights {
  /** Events that could not be written since start (health, tests). */
  readonly failures: number;
  close(): void;
}

export interface UnansweredRow {
  question: string;
  surface: Surface;
  at: string;
}

export interface FeedbackRow {
  vote: "up" | "down";
  question: string;
  recordId: string | null;
  surface: Surface;
  at: string;
}

function clip(question: string): string {
  const s = String(question ?? "").trim();
  return s.length > MAX_STORED_QUESTION ? s.slice(0, MAX_STORED_QUESTION) : s;
}

function iso(at: Date): string {
  return at instanceof Date && !Number.isNaN(at.getTime())
    ? at.toISOString()
    : new Date().toISOString();
}

export interface InsightsStoreOptions {
  /**
   * Write on the next turn of the event loop, many events per transaction (what the app does).
   * Default false: each event is written before the call returns.
   */
  batch?: boolean;
}

/** Wraps an open database. The store owns it from here: `close()` closes it. */
export function createInsightsStore(
  db: Db,
  logger: OpsLogger = silentLogger,
  options: InsightsStoreOptions = {},
): InsightsStore {
  let failures = 0;
  let closed = false;
  const pending: { what: string; write: () => void }[] = [];
  let scheduled: NodeJS.Immediate | undefined;
  const insertUnanswered = db.prepare(
    "INSERT INTO unanswered (question, surface, at) VALUES (?, ?, ?)",
  );
  const insertFeedback = db.prepare(
    "INSERT INTO feedback (vote, question, record_id, surface, at) VALUES (?, ?, ?, ?, ?)",
  );

  function attempt(what: string, write: () => void): void {
    try {
      write();
    } catch (error) {
      failures++;
      logger.error(`insights: could not record ${what}:`, (error as Error)?.message ?? error);
    }
  }

  function flush(): void {
    scheduled = undefined;
    const batch = pending.splice(0);
    if (batch.length === 0) return;
    try {
      // A failing row is counted and skipped inside the transaction; the rest still commit.
      db.transaction(() => {
        for (const { what, write } of batch) attempt(what, write);
      })();
    } catch (error) {
      failures += batch.length;
      logger.error(`insights: could not record ${batch.length} event(s):`, error);
    }
  }

  function safely(what: string, write: () => void): void {
    if (closed) return; // late events during shutdown: drop quietly
    if (!options.batch) {
      attempt(what, write);
      return;
    }
    pending.push({ what, write });
    scheduled ??= setImmediate(flush);
  }

  return {
    unanswered(event) {
      safely("an unanswered question", () => {
        insertUnanswered.run(clip(event.question), String(event.surface), iso(event.at));
      });
    },
    feedback(event) {
      if (event.vote !== "up" && event.vote !== "down") {
        attempt("feedback", () => {
          throw new Error(`bad vote ${event.vote}`);
        });
        return;
      }
      safely("feedback", () => {
        insertFeedback.run(
          event.vote,
          clip(event.question),
          event.recordId ?? null,
          String(event.surface),
          iso(event.at),
        );
      });
    },
    get failures() {
      return failures;
    },
    close() {
      if (closed) return;
      if (scheduled) clearImmediate(scheduled);
      flush(); // what was asked before shutdown is kept
      closed = true;
      try {
        db.close();
      } catch (error) {
        logger.error("insights: closing the database failed:", error);
      }
    },
  };
}

/**
 * Opens the database under `dataDir` and returns the store; if the database cannot be opened the
 * app still runs, with insights logged as lost (`ok: false`) instead of recorded.
 */
export function openInsights(
  dataDir: string,
  logger: OpsLogger = silentLogger,
  options: InsightsStoreOptions = {},
): { store: InsightsStore; ok: boolean } {
  try {
    return { store: createInsightsStore(openDatabase(dataDir), logger, options), ok: true };
  } catch (error) {
    logger.error(`insights: cannot open the database in ${dataDir}; not recording:`, error);
    let failures = 0;
    const lost = () => {
      failures++;
    };
    return {
      ok: false,
      store: {
        unanswered: lost,
        feedback: lost,
        get failures() {
          return failures;
        },
        close() {},
      },
    };
  }
}

/** Refused questions since `since` (ISO time), oldest first. */
export function readUnanswered(db: Db, since?: Date): UnansweredRow[] {
  return db
    .prepare("SELECT question, surface, at FROM unanswered WHERE at >= ? ORDER BY at, id")
    .all(since ? since.toISOString() : "") as UnansweredRow[];
}

/** Feedback votes since `since`, oldest first. */
export function readFeedback(db: Db, since?: Date): FeedbackRow[] {
  return db
    .prepare(
      "SELECT vote, question, record_id AS recordId, surface, at FROM feedback WHERE at >= ? ORDER BY at, id",
    )
    .all(since ? since.toISOString() : "") as FeedbackRow[];
}
