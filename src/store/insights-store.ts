// Insights (refused questions, 👍/👎 votes) written to SQLite. Recording is best effort by design:
// every call catches and logs its own errors, so a full disk or a locked file never delays or
// breaks an answer. Only the question, the surface and the time are kept — never who asked.
// The app batches: events wait for the next turn of the event loop and are written together in
// one transaction, after the answer has gone out. A locked database never blocks: see write-queue.
import type { OpsLogger } from "../ops/logger.js";
import { silentLogger } from "../ops/logger.js";
import type { Insights, Surface } from "../slack/deps.js";
import { type Db, openDatabase } from "./database.js";
import { type StoreStatus, WriteQueue, type WriteQueueOptions } from "./write-queue.js";

/** Longest question stored: enough for any real question, bounded against pastes. */
export const MAX_STORED_QUESTION = 1_000;

export interface InsightsStore extends Insights {
  /** Events that could not be written since start (health, tests). */
  readonly failures: number;
  /** For /healthz: ok, or degraded with the reason; rows waiting and dropped. */
  status(): StoreStatus;
  close(): void;
}

export interface UnansweredRow {
  question: string;
  surface: Surface;
  at: string;
  /** Why it was refused (Answer.reason); null for rows written before it was recorded. */
  reason?: string | null;
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

export interface InsightsStoreOptions extends WriteQueueOptions {}

const INSERT_UNANSWERED =
  "INSERT INTO unanswered (question, surface, at, reason) VALUES (?, ?, ?, ?)";
const INSERT_FEEDBACK =
  "INSERT INTO feedback (vote, question, record_id, surface, at) VALUES (?, ?, ?, ?, ?)";

/** Wraps an open database. The store owns it from here: `close()` closes it. */
export function createInsightsStore(
  db: Db,
  logger: OpsLogger = silentLogger,
  options: InsightsStoreOptions = {},
): InsightsStore {
  const queue = new WriteQueue(db, logger, options);
  let closed = false;
  return {
    unanswered(event) {
      queue.push({
        what: "an unanswered question",
        sql: INSERT_UNANSWERED,
        params: [
          clip(event.question),
          String(event.surface),
          iso(event.at),
          typeof event.reason === "string" ? event.reason.slice(0, 40) : null,
        ],
      });
    },
    feedback(event) {
      if (event.vote !== "up" && event.vote !== "down") {
        queue.fail("feedback", `bad vote ${event.vote}`);
        return;
      }
      queue.push({
        what: "feedback",
        sql: INSERT_FEEDBACK,
        params: [
          event.vote,
          clip(event.question),
          event.recordId ?? null,
          String(event.surface),
          iso(event.at),
        ],
      });
    },
    get failures() {
      return queue.status().failures;
    },
    status: () => queue.status(),
    close() {
      if (closed) return;
      closed = true;
      queue.close(); // what was asked before shutdown is kept
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
 * app still runs, with insights logged as lost (`ok: false`) instead of recorded. A corrupt file
 * is moved aside and a fresh database started (see openDatabase).
 */
export function openInsights(
  dataDir: string,
  logger: OpsLogger = silentLogger,
  options: InsightsStoreOptions = {},
): { store: InsightsStore; ok: boolean } {
  try {
    const db = openDatabase(dataDir, logger);
    return { store: createInsightsStore(db, logger, options), ok: true };
  } catch (error) {
    const reason = (error as Error)?.message ?? String(error);
    logger.error(`insights: cannot open the database in ${dataDir}; not recording:`, reason);
    let dropped = 0;
    const lost = () => {
      dropped++;
    };
    return {
      ok: false,
      store: {
        unanswered: lost,
        feedback: lost,
        get failures() {
          return dropped;
        },
        status: () => ({
          status: "degraded",
          reason: `cannot open the database: ${reason}`,
          queued: 0,
          dropped,
          failures: 0,
        }),
        close() {},
      },
    };
  }
}

/** Refused questions since `since` (ISO time), oldest first. */
export function readUnanswered(db: Db, since?: Date): UnansweredRow[] {
  return db
    .prepare("SELECT question, surface, at, reason FROM unanswered WHERE at >= ? ORDER BY at, id")
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
