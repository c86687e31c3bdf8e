// Rows on their way to SQLite, written so that a slow, locked or broken database never holds up
// an answer. The connection's busy timeout is zero: a write either commits at once or fails at
// once with SQLITE_BUSY. Then the rows stay queued (bounded: what overflows is counted, never
// waited on) and the flush is retried with a growing delay until the lock is released.

import type { Statement } from "better-sqlite3";
import type { OpsLogger } from "../ops/logger.js";
import type { Db } from "./database.js";

export interface Row {
  /** What the row is, for log lines ("an unanswered question"). */
  what: string;
  sql: string;
  params: readonly unknown[];
}

export interface StoreStatus {
  status: "ok" | "degraded";
  /** Why the store is degraded (the last database error), null when ok. */
  reason: string | null;
  /** Rows waiting to be written. */
  queued: number;
  /** Rows thrown away because the queue was full or the store closed while locked. */
  dropped: number;
  /** Rows the database refused (a broken table, a bad value), logged and skipped. */
  failures: number;
}

export interface WriteQueueOptions {
  /** Rows kept while the database is locked (default 10,000). */
  maxQueued?: number;
  /** First retry delay after a locked write, doubled up to maxRetryMs (default 100 ms). */
  retryMs?: number;
  maxRetryMs?: number;
  /** Write on the next turn of the event loop (true) or before the call returns (false). */
  batch?: boolean;
}

const LOCKED = new Set(["SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_BUSY_SNAPSHOT"]);

function codeOf(error: unknown): string {
  return String((error as { code?: unknown })?.code ?? "");
}

function messageOf(error: unknown): string {
  return (error as Error)?.message ?? String(error);
}

export class WriteQueue {
  private readonly rows: Row[] = [];
  private readonly statements = new Map<string, Statement<unknown[]>>();
  private readonly maxQueued: number;
  private readonly retryMs: number;
  private readonly maxRetryMs: number;
  private delay: number;
  private timer: NodeJS.Timeout | NodeJS.Immediate | undefined;
  private reason: string | null = null;
  private dropped = 0;
  private failures = 0;
  private closed = false;

  constructor(
    private readonly db: Db,
    private readonly logger: OpsLogger,
    private readonly options: WriteQueueOptions = {},
  ) {
    this.maxQueued = options.maxQueued ?? 10_000;
    this.retryMs = options.retryMs ?? 100;
    this.maxRetryMs = options.maxRetryMs ?? 5_000;
    this.delay = this.retryMs;
    db.pragma("busy_timeout = 0"); // never wait for a lock on the event loop
  }

  push(row: Row): void {
    if (this.closed) return; // late events during shutdown: drop quietly
    if (this.rows.length >= this.maxQueued) {
      if (this.dropped++ % 1000 === 0) {
        this.logger.error(
          `insights: queue full (${this.maxQueued} rows waiting: ${this.reason ?? "database slow"}); dropping ${row.what} (${this.dropped} dropped so far)`,
        );
      }
      return;
    }
    this.rows.push(row);
    if (!this.options.batch) this.flush();
    else this.timer ??= setImmediate(() => this.flush());
  }

  /** A failure that is not a database write (a bad vote), counted like one. */
  fail(what: string, detail: string): void {
    this.failures++;
    this.logger.error(`insights: could not record ${what}: ${detail}`);
  }

  status(): StoreStatus {
    return {
      status: this.reason === null ? "ok" : "degraded",
      reason: this.reason,
      queued: this.rows.length,
      dropped: this.dropped,
      failures: this.failures,
    };
  }

  /** Writes everything queued in one transaction; on a lock keeps it all and retries later. */
  flush(): void {
    this.clearTimer();
    if (this.rows.length === 0) return;
    const batch = this.rows.slice(0, 5_000);
    try {
      this.db.transaction(() => {
        for (const row of batch) this.writeOne(row);
      })();
    } catch (error) {
      if (LOCKED.has(codeOf(error)) || this.isLockedMessage(error)) {
        this.degrade(`database is locked (${messageOf(error)})`);
        this.retryLater();
        return;
      }
      // Anything else (disk full, a corrupt page): these rows are lost; say so and go on.
      this.rows.splice(0, batch.length);
      this.failures += batch.length;
      this.degrade(messageOf(error));
      this.logger.error(`insights: could not record ${batch.length} event(s):`, messageOf(error));
      if (this.rows.length > 0) this.retryLater();
      return;
    }
    this.rows.splice(0, batch.length);
    if (this.reason !== null) {
      this.logger.info("insights: database writable again; queued events written");
      this.reason = null;
    }
    this.delay = this.retryMs;
    if (this.rows.length > 0) this.timer = setImmediate(() => this.flush());
  }

  /** Last flush at shutdown: a lock may be waited for briefly here, nobody is being answered. */
  close(waitMs = 1_000): void {
    if (this.closed) return;
    this.clearTimer();
    try {
      this.db.pragma(`busy_timeout = ${waitMs}`);
    } catch {
      // a closed or broken handle: the flush below reports it
    }
    this.flush();
    this.clearTimer();
    if (this.rows.length > 0) {
      this.dropped += this.rows.length;
      this.logger.error(
        `insights: ${this.rows.length} event(s) not written at shutdown (${this.reason ?? "unknown"})`,
      );
      this.rows.length = 0;
    }
    this.closed = true;
  }

  private writeOne(row: Row): void {
    try {
      let stmt = this.statements.get(row.sql);
      if (!stmt) {
        stmt = this.db.prepare<unknown[]>(row.sql);
        this.statements.set(row.sql, stmt);
      }
      stmt.run(...(row.params as unknown[]));
    } catch (error) {
      // A lock aborts the whole batch (retried); any other row error skips just that row.
      if (LOCKED.has(codeOf(error))) throw error;
      this.fail(row.what, messageOf(error));
    }
  }

  private isLockedMessage(error: unknown): boolean {
    return /database is locked|database table is locked/i.test(messageOf(error));
  }

  private degrade(reason: string): void {
    if (this.reason === null) this.logger.warn(`insights: ${reason}; events wait in memory`);
    this.reason = reason;
  }

  private retryLater(): void {
    this.clearTimer();
    this.timer = setTimeout(() => this.flush(), this.delay);
    this.timer.unref?.();
    this.delay = Math.min(this.delay * 2, this.maxRetryMs);
  }

  private clearTimer(): void {
    if (!this.timer) return;
    clearTimeout(this.timer as NodeJS.Timeout);
    clearImmediate(this.timer as NodeJS.Immediate);
    this.timer = undefined;
  }
}
