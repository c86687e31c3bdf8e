// npm run bench:http — throughput of the Slack app over HTTP on loopback.
//  (a) Focal Point in HTTP mode answering signed /focalpoint commands from a question mix
//      (the answer card is the HTTP response: Slack's immediate response to a command), vs
//  (b) a bare Bolt app that acks each command with a constant text, same load settings.
// Prints requests/s, p50/p99 latency and the ratio a/b (target ≥ 0.8), then a 10,000-request
// mixed soak (commands, @-mentions, DMs) with the app's resident memory before and after.
// Each server runs in its own process (bench/http-server.ts) so autocannon never competes with it
// for the event loop. Numbers depend on the machine; compare runs on the same one.
import { type ChildProcess, fork } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import {
  type BenchRequest,
  eventRequest,
  type FakeSlack,
  questionMix,
  slashRequest,
  startFakeSlack,
} from "./http-slack.js";

const ROOT = path.join(import.meta.dirname, "..");
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const SOAK_REQUESTS = Number(process.env.BENCH_SOAK ?? 10_000);
// More, shorter rounds spread a burst of background load on a shared machine over both sides.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const TARGET_RATIO = 0.8;

interface Server {
  child: ChildProcess;
  port: number;
  ask<T>(type: string): Promise<T>;
}

function startServer(mode: "app" | "bare", slack: FakeSlack): Promise<Server> {
  const child = fork(path.join(ROOT, "bench", "http-server.ts"), [mode, slack.url], {
    cwd: ROOT,
    // BENCH_CPU_PROF=DIR writes a V8 CPU profile of each server to DIR (open in Chrome DevTools).
    execArgv: [
      "--import",
      "tsx",
      "--expose-gc",
      ...(process.env.BENCH_CPU_PROF
        ? ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_CPU_PROF]
        : []),
    ],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const ask = <T>(type: string) =>
    new Promise<T>((resolve) => {
      const onMessage = (msg: { type?: string }) => {
        if (msg?.type === (type === "stop" ? "stopped" : type)) {
          child.off("message", onMessage);
          resolve(msg as T);
        }
      };
      child.on("message", onMessage);
      child.send({ type });
    });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${mode} server exited early (code ${code})`)));
    child.on("message", (msg: { type?: string; port?: number }) => {
      if (msg?.type === "listening") resolve({ child, port: msg.port as number, ask });
    });
  });
}

async function stopServer(server: Server): Promise<void> {
  server.child.removeAllListeners("exit");
  const exited = new Promise((r) => server.child.once("exit", r));
  server.ask("stop");
  // The server exits by itself once stopped (writing its CPU profile, if asked); kill a laggard.
  await Promise.race([exited, new Promise((r) => setTimeout(r, 8_000))]);
  if (server.child.exitCode === null) server.child.kill();
}

/** Builds each request just before it is sent: fresh signature timestamp, unique event ids. */
function requestMaker(questions: string[], slack: FakeSlack, mixed: boolean) {
  let n = 0;
  return (): BenchRequest => {
    const i = n++;
    const q = questions[i % questions.length] as string;
    if (mixed && i % 10 === 7) return eventRequest(q, i, "mention");
    if (mixed && i % 10 === 9) return eventRequest(q, i, "dm");
    return slashRequest(q, i, slack.url);
  };
}

function load(
  port: number,
  make: () => BenchRequest,
  opts: { duration?: number; amount?: number },
) {
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.duration ?? DURATION_S }),
    requests: [{ setupRequest: (req) => ({ ...req, ...make() }) }],
  });
}

type Result = Awaited<ReturnType<typeof autocannon>>;

interface Summary {
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  failed: number;
}

/** Rounds combined: total requests over total time; the median p50 and the worst p99. */
function summarise(results: Result[]): Summary {
  const seconds = results.reduce((n, r) => n + r.duration, 0);
  const p50s = results.map((r) => r.latency.p50).sort((x, y) => x - y);
  return {
    rps: results.reduce((n, r) => n + r["2xx"], 0) / seconds,
    p50: p50s[Math.floor((p50s.length - 1) / 2)] ?? 0,
    p99: Math.max(...results.map((r) => r.latency.p99)),
    ok: results.reduce((n, r) => n + r["2xx"], 0),
    failed: results.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0),
  };
}

function line(label: string, s: Summary): string {
  return (
    `${label.padEnd(30)} ${s.rps.toFixed(0).padStart(6)} req/s   ` +
    `p50 ${String(s.p50).padStart(4)} ms   p99 ${String(s.p99).padStart(4)} ms   ` +
    `(${s.ok} ok${s.failed ? `, ${s.failed} failed` : ""})`
  );
}

interface Memory {
  rss: number;
  rssAfterGc: number;
  heapAfterGc: number;
}

/** Fails the run unless the app's ack really carries an answer card (so (a) is real work). */
async function checkAnswerInAck(port: number, slack: FakeSlack): Promise<void> {
  const req = slashRequest("who chairs the IACG-MA?", 0, slack.url);
  const res = await fetch(`http://127.0.0.1:${port}${req.path}`, {
    method: "POST",
    headers: req.headers,
    body: req.body,
  });
  const body = (await res.json()) as { response_type?: string; blocks?: unknown[]; text?: string };
  if (res.status !== 200 || !body.blocks?.length || !body.text?.includes("UNMAS")) {
    throw new Error(`the app's ack carries no answer: ${res.status} ${JSON.stringify(body)}`);
  }
  console.log(
    `check: (a) acks with the answer card (${body.response_type}, ${body.blocks.length} blocks)\n`,
  );
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const questions = questionMix(ROOT);
  const slack = await startFakeSlack();
  console.log(
    `bench:http — ${CONNECTIONS} connections, ${DURATION_S} s per server (${ROUNDS} alternating rounds), ` +
      `${questions.length} questions in the mix\n`,
  );

  // Both servers run side by side and take turns, so a burst of background load on the machine
  // hits both sides rather than skewing the ratio.
  const app = await startServer("app", slack);
  const bare = await startServer("bare", slack);
  await checkAnswerInAck(app.port, slack);
  await load(app.port, requestMaker(questions, slack, false), { amount: 300 }); // warm-up
  await load(bare.port, requestMaker(questions, slack, false), { amount: 300 });
  await new Promise((r) => setTimeout(r, 300)); // the last warm-up answers arrive
  slack.counts.clear();
  const a: Result[] = [];
  const b: Result[] = [];
  const run = (port: number) =>
    load(port, requestMaker(questions, slack, false), { duration: DURATION_S / ROUNDS });
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate who goes first, so neither side always follows the other's GC or I/O backlog.
    if (round % 2 === 0) {
      a.push(await run(app.port));
      b.push(await run(bare.port));
    } else {
      b.push(await run(bare.port));
      a.push(await run(app.port));
    }
  }
  const viaResponseUrl = slack.counts.get("response_url") ?? 0;
  await stopServer(app);
  await stopServer(bare);

  const sa = summarise(a);
  const sb = summarise(b);
  const ratio = sa.rps / sb.rps;
  console.log(line("(a) Focal Point /focalpoint", sa));
  console.log(line("(b) bare Bolt ack", sb));
  console.log(`    (a) answers are in the acks; extra posts to response_url: ${viaResponseUrl}`);
  const perRound = a.map((r, i) =>
    (r["2xx"] / r.duration / ((b[i]?.["2xx"] ?? 0) / (b[i]?.duration ?? 1))).toFixed(2),
  );
  console.log(`    a/b per round: ${perRound.join(", ")}`);
  console.log(
    `\nRATIO a/b = ${ratio.toFixed(2)}  (target ≥ ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? "OK" : "BELOW TARGET"})\n`,
  );

  const soakApp = await startServer("app", slack);
  const before = await soakApp.ask<Memory>("memory");
  slack.counts.clear();
  const soak = await load(soakApp.port, requestMaker(questions, slack, true), {
    amount: SOAK_REQUESTS,
  });
  await new Promise((r) => setTimeout(r, 500)); // let the last answers go out
  const after = await soakApp.ask<Memory>("memory");
  await stopServer(soakApp);
  console.log(line(`soak: ${SOAK_REQUESTS} mixed requests`, summarise([soak])));
  const calls = [...slack.counts].map(([k, v]) => `${k} ${v}`).join(", ");
  console.log(`    calls to fake Slack: ${calls}`);
  const delta = (a: number, b: number) => `${b >= a ? "+" : "-"}${mb(Math.abs(b - a))}`;
  console.log(
    `    SOAK MEMORY (resident): before ${mb(before.rss)}, after ${mb(after.rss)} ` +
      `(${delta(before.rss, after.rss)}); after a full GC: ${mb(after.rssAfterGc)}`,
  );
  console.log(
    `    JS heap after GC:       before ${mb(before.heapAfterGc)}, after ${mb(after.heapAfterGc)} ` +
      `(${delta(before.heapAfterGc, after.heapAfterGc)})`,
  );
  await slack.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
