// The health endpoint: what knowledge is serving, since when, and whether the files on disk
// currently fail to load. Always 200 while the process can answer — a bad knowledge edit degrades
// nothing for users (the last good version keeps serving), so it is reported, not failed. While
// start-up is still reaching Slack it answers 503 "starting": alive, not yet ready.
import http from "node:http";
import path from "node:path";
import type { StoreStatus } from "../store/write-queue.js";
import type { KnowledgeCounts, KnowledgeStatus } from "./knowledge-holder.js";

export interface HealthReport {
  status: "starting" | "ok" | "degraded";
  version: string;
  loadedAt: string;
  files: number;
  counts: KnowledgeCounts;
  reloads: number;
  failedReloads: number;
  watching: boolean;
  lastReloadError: { at: string; problems: string[]; total: number } | null;
  /** The insights database: degraded (with the reason) while locked or unwritable. */
  store?: StoreStatus;
  uptimeSeconds: number;
  [extra: string]: unknown;
}

export interface HealthOptions {
  /** Extra fields (e.g. `mode`). */
  extra?: Record<string, unknown>;
  store?: StoreStatus;
  /**
   * Served to the internet (HTTP mode's PORT): absolute paths in problems and reasons are cut
   * to their last segment, so the report does not map the server's disk.
   */
  public?: boolean;
  /** Start-up is still reaching Slack: alive, not yet ready (503). */
  starting?: boolean;
}

/** `/srv/app/knowledge/x.yml:3:1: …` → `…/x.yml:3:1: …` (any absolute path in a text). */
export function hidePaths(text: string): string {
  return text.replace(
    /(^|[\s'"(=])((?:[A-Za-z]:)?[\\/][^\s'"():]*)/g,
    (_m, pre: string, p: string) => `${pre}…/${path.basename(p)}`,
  );
}

export function healthReport(status: KnowledgeStatus, options: HealthOptions = {}): HealthReport {
  const shown = options.public ? hidePaths : (t: string) => t;
  const error = status.lastError;
  const store = options.store;
  const degraded = error !== undefined || store?.status === "degraded";
  return {
    ...options.extra,
    status: options.starting ? "starting" : degraded ? "degraded" : "ok",
    version: status.version,
    loadedAt: status.loadedAt.toISOString(),
    files: status.files,
    counts: status.counts,
    reloads: status.reloads,
    failedReloads: status.failedReloads,
    watching: status.watching,
    lastReloadError: error
      ? { at: error.at.toISOString(), problems: error.problems.map(shown), total: error.total }
      : null,
    ...(store ? { store: { ...store, reason: store.reason && shown(store.reason) } } : {}),
    uptimeSeconds: Math.round(process.uptime()),
  };
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

function send(res: http.ServerResponse, code: number, body: unknown, head = false): void {
  const text = `${JSON.stringify(body, null, 2)}\n`;
  res.writeHead(code, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    "content-length": Buffer.byteLength(text),
  });
  res.end(head ? undefined : text);
}

function healthHandler(getReport: () => HealthReport): Handler {
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD");
      send(res, 405, { error: "method not allowed" });
      return;
    }
    try {
      const report = getReport();
      send(res, report.status === "starting" ? 503 : 200, report, req.method === "HEAD");
    } catch (error) {
      send(res, 500, { status: "error", error: (error as Error).message });
    }
  };
}

/** For Bolt's `customRoutes` option (HTTP mode): serves GET /healthz next to /slack/events. */
export function healthRoute(getReport: () => HealthReport): {
  path: string;
  method: string[];
  handler: Handler;
} {
  return { path: "/healthz", method: ["GET", "HEAD"], handler: healthHandler(getReport) };
}

export interface HealthServer {
  /** The port actually bound (useful with port 0). */
  port: number;
  close(): Promise<void>;
}

/** A tiny standalone server for Socket Mode, where there is no HTTP receiver to attach to. */
export function startHealthServer(
  port: number,
  getReport: () => HealthReport,
  host = "0.0.0.0",
): Promise<HealthServer> {
  const handle = healthHandler(getReport);
  const server = http.createServer((req, res) => {
    const pathname = (req.url ?? "/").split("?")[0];
    if (pathname === "/healthz") handle(req, res);
    else send(res, 404, { error: "not found", see: "/healthz" });
  });
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      resolve({
        port: typeof address === "object" && address ? address.port : port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
