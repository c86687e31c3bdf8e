// A local stand-in for Slack on 127.0.0.1: the Web API (POST /api/<method>, answered like Slack
// with {ok:true,...}), response_url endpoints (POST /response/<id>), and the Socket Mode WebSocket
// that apps.connections.open hands out (/link). Every call is recorded so tests can assert what
// the real Bolt app sent.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

export interface RecordedCall {
  /** Web API method (`chat.postMessage`) or `response_url` for response_url posts. */
  method: string;
  /** Parsed body: form fields (JSON-valued fields like blocks parsed) or the JSON body. */
  body: Record<string, unknown>;
  headers: http.IncomingHttpHeaders;
  /** The path posted to (response_url id lives here). */
  path: string;
}

export interface SocketEnvelope {
  envelope_id: string;
  type: string;
  payload: unknown;
  retry_attempt?: number;
  retry_reason?: string;
  accepts_response_payload?: boolean;
}

export interface FakeSlack {
  /** Base URL for SLACK_API_URL (`http://127.0.0.1:PORT/api/`). */
  apiUrl: string;
  /** A fresh response_url on this server. */
  responseUrl(): string;
  calls: RecordedCall[];
  /** Calls of one method, in order. */
  callsTo(method: string): RecordedCall[];
  /** Makes the next call to `method` fail like Slack does ({ok:false,error}). */
  failNext(method: string, error: string): void;
  /** Socket Mode: the app's connection, once it has connected. */
  socket(): WebSocket | undefined;
  /** Socket Mode: sends an envelope and resolves with the app's ack (matching envelope_id). */
  sendEnvelope(envelope: SocketEnvelope, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Socket Mode: envelopes acked so far. */
  acks: Record<string, unknown>[];
  close(): Promise<void>;
}

const JSON_FIELDS = new Set(["blocks", "view", "attachments", "metadata"]);

function parseForm(raw: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (JSON_FIELDS.has(key)) {
      try {
        out[key] = JSON.parse(value);
        continue;
      } catch {
        // keep the raw string
      }
    }
    out[key] = value;
  }
  return out;
}

function replyFor(method: string, body: Record<string, unknown>, wsUrl: string): object {
  const ts = `${Math.floor(Date.now() / 1000)}.${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
  switch (method) {
    case "auth.test":
      return {
        ok: true,
        url: "https://example.slack.com/",
        team: "Test",
        user: "focalpoint",
        team_id: "T1",
        user_id: "UBOT",
        bot_id: "BBOT",
      };
    case "apps.connections.open":
      return { ok: true, url: wsUrl };
    case "chat.postMessage":
      return { ok: true, channel: body.channel, ts, message: { text: body.text, ts } };
    case "chat.postEphemeral":
      return { ok: true, message_ts: ts };
    case "views.publish":
      return { ok: true, view: { id: "V1", ...(body.view as object) } };
    default:
      return { ok: true };
  }
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, string[]>();
  const acks: Record<string, unknown>[] = [];
  const ackWaiters = new Map<string, (ack: Record<string, unknown>) => void>();
  let responseIds = 0;
  let connection: WebSocket | undefined;
  let base = "";

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const path = req.url ?? "/";
      const isJson = (req.headers["content-type"] ?? "").includes("application/json");
      let body: Record<string, unknown> = {};
      try {
        body = isJson ? (JSON.parse(raw || "{}") as Record<string, unknown>) : parseForm(raw);
      } catch {
        body = { raw };
      }
      const method = path.startsWith("/api/")
        ? (path.slice(5).split("?")[0] ?? "")
        : "response_url";
      calls.push({ method, body, headers: req.headers, path });
      const failing = failures.get(method);
      const error = failing?.shift();
      const reply = error
        ? { ok: false, error }
        : replyFor(method, body, `${base.replace("http", "ws")}/link`);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(reply));
    });
  });

  const wss = new WebSocketServer({ server, path: "/link" });
  wss.on("connection", (ws) => {
    connection = ws;
    ws.on("message", (data) => {
      try {
        const msg = JSON.parse(String(data)) as Record<string, unknown>;
        if (typeof msg.envelope_id === "string") {
          acks.push(msg);
          ackWaiters.get(msg.envelope_id)?.(msg);
          ackWaiters.delete(msg.envelope_id);
        }
      } catch {
        // not JSON: ignore, like Slack would
      }
    });
    ws.send(JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "fake" } }));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: () => `${base}/response/${++responseIds}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    failNext(method, error) {
      failures.set(method, [...(failures.get(method) ?? []), error]);
    },
    socket: () => connection,
    acks,
    sendEnvelope(envelope, timeoutMs = 5000) {
      const ws = connection;
      if (!ws) return Promise.reject(new Error("no Socket Mode connection yet"));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          ackWaiters.delete(envelope.envelope_id);
          reject(new Error(`no ack for envelope ${envelope.envelope_id}`));
        }, timeoutMs);
        ackWaiters.set(envelope.envelope_id, (ack) => {
          clearTimeout(timer);
          resolve(ack);
        });
        ws.send(JSON.stringify(envelope));
      });
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Polls `check` until it returns a value (not undefined/false) or `timeoutMs` passes. */
export async function waitFor<T>(
  check: () => T | undefined | false,
  what = "condition",
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
