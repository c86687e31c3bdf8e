// Shared pieces of the HTTP benchmark: a question mix, Slack-signed request bodies, and a local
// stand-in for Slack (Web API + response_url sink) so the app's outbound calls stay on loopback.
import { createHmac } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

export const SIGNING_SECRET = "bench-signing-secret";
export const BOT_USER = "UBENCHBOT";

const EXTRA_QUESTIONS = [
  "who leads the MARA?",
  "qui dirige l'évaluation du MARA ?",
  "wat is crsv",
  "what does UNMAS do",
  "who chairs the IACG-MA?",
  "help",
  "what does WHO do about malaria?",
  "👋 hi!!!",
  "asdfgh qwerty",
  `who leads ${"very ".repeat(200)}long question`,
];

/** Questions from the shared public eval set (when present) plus typos, French, junk. */
export function questionMix(root: string): string[] {
  const file = path.join(root, "..", "shared", "eval", "public.json");
  let fromEval: string[] = [];
  try {
    const items = JSON.parse(fs.readFileSync(file, "utf8")) as { question?: unknown }[];
    fromEval = items.map((i) => i.question).filter((q): q is string => typeof q === "string");
  } catch {
    // the shared folder is optional for the benchmark
  }
  return [...fromEval, ...EXTRA_QUESTIONS];
}

export function signedHeaders(body: string, contentType: string): Record<string, string> {
  const ts = Math.floor(Date.now() / 1000).toString();
  const sig = createHmac("sha256", SIGNING_SECRET).update(`v0:${ts}:${body}`).digest("hex");
  return {
    "content-type": contentType,
    "x-slack-request-timestamp": ts,
    "x-slack-signature": `v0=${sig}`,
  };
}

export interface BenchRequest {
  method: "POST";
  path: string;
  headers: Record<string, string>;
  body: string;
}

export function slashRequest(question: string, n: number, responseBase: string): BenchRequest {
  const body = new URLSearchParams({
    token: "legacy",
    team_id: "TBENCH",
    team_domain: "bench",
    channel_id: "CBENCH",
    channel_name: "general",
    user_id: `U${n % 500}`,
    user_name: "bench",
    command: "/focalpoint",
    text: question,
    api_app_id: "ABENCH",
    response_url: `${responseBase}/respond/${n}`,
    trigger_id: `${n}.1.bench`,
  }).toString();
  return {
    method: "POST",
    path: "/slack/events",
    headers: signedHeaders(body, "application/x-www-form-urlencoded"),
    body,
  };
}

/** An @-mention or DM event (answered with chat.postMessage on the fake Web API). */
export function eventRequest(question: string, n: number, kind: "mention" | "dm"): BenchRequest {
  const ts = `${1_700_000_000 + n}.000100`;
  const event =
    kind === "mention"
      ? {
          type: "app_mention",
          user: `U${n % 500}`,
          text: `<@${BOT_USER}> ${question}`,
          ts,
          channel: "CBENCH",
        }
      : {
          type: "message",
          channel_type: "im",
          user: `U${n % 500}`,
          text: question,
          ts,
          channel: "DBENCH",
        };
  const body = JSON.stringify({
    token: "legacy",
    team_id: "TBENCH",
    api_app_id: "ABENCH",
    type: "event_callback",
    event_id: `EvBENCH${n}`,
    event_time: 1_700_000_000 + n,
    authorizations: [{ team_id: "TBENCH", user_id: BOT_USER, is_bot: true }],
    event: { ...event, event_ts: ts },
  });
  return {
    method: "POST",
    path: "/slack/events",
    headers: signedHeaders(body, "application/json"),
    body,
  };
}

export interface FakeSlack {
  url: string;
  /** Calls received: response_url posts and Web API methods. */
  counts: Map<string, number>;
  close(): Promise<void>;
}

/** Answers every Web API method with ok:true and accepts every response_url post. */
export function startFakeSlack(): Promise<FakeSlack> {
  const counts = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = req.url ?? "/";
      const key = url.startsWith("/respond/") ? "response_url" : url.replace(/^\/api\//, "");
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const body =
        key === "auth.test"
          ? {
              ok: true,
              user_id: BOT_USER,
              bot_id: "BBENCH",
              team_id: "TBENCH",
              team: "bench",
              user: "focalpoint",
            }
          : { ok: true, channel: "CBENCH", ts: "1700000000.000200" };
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}`,
        counts,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
