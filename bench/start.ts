// npm run bench:start — start-up cost of the build against running from source.
//  - time to ready: from spawn to "listening on port" (HTTP mode, local fake Slack), with the
//    resident memory and CPU time of the whole process tree at that moment, then the memory after
//    200 answered /focalpoint commands;
//  - a cold `ask --json`: wall time of one answer in a new process.
// Each variant runs BENCH_RUNS times (default 5); medians are printed. Builds dist/ first.
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { questionMix, slashRequest, startFakeSlack } from "./http-slack.js";

const ROOT = path.join(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TICK_MS = 10; // USER_HZ is 100 on Linux

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

function tree(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  const kids = fs.existsSync(file)
    ? fs.readFileSync(file, "utf8").trim().split(/\s+/).filter(Boolean).map(Number)
    : [];
  return [pid, ...kids.flatMap(tree)];
}

/** Resident memory (MB) and CPU time (ms) summed over the process and its descendants. */
function usage(pid: number): { rssMb: number; cpuMs: number } {
  let rssKb = 0;
  let ticks = 0;
  for (const p of tree(pid)) {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      rssKb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // the process ended meanwhile
    }
  }
  return { rssMb: rssKb / 1024, cpuMs: ticks * TICK_MS };
}

interface StartRun {
  readyMs: number;
  rssMb: number;
  cpuMs: number;
  rssAfterMb: number;
}

async function startOnce(command: string, args: string[], apiUrl: string): Promise<StartRun> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "fp-bench-start-"));
  const began = performance.now();
  const child: ChildProcess = spawn(command, args, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? os.tmpdir(),
      SLACK_BOT_TOKEN: "xoxb-bench-1",
      SLACK_SIGNING_SECRET: "bench-signing-secret",
      SLACK_API_URL: apiUrl,
      KNOWLEDGE_WATCH: "false",
      DATA_DIR: dataDir,
      PORT: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += String(d);
      const m = /listening on port (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", () => reject(new Error(`exited before ready:\n${out}`)));
  });
  const readyMs = performance.now() - began;
  const atReady = usage(child.pid as number);
  const questions = questionMix(ROOT);
  for (let i = 0; i < 200; i++) {
    const req = slashRequest(
      questions[i % questions.length] as string,
      i,
      apiUrl.replace(/\/api\/$/, ""),
    );
    await fetch(`http://127.0.0.1:${port}${req.path}`, {
      method: "POST",
      headers: req.headers,
      body: req.body,
    });
  }
  const after = usage(child.pid as number);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
  fs.rmSync(dataDir, { recursive: true, force: true });
  return { readyMs, rssMb: atReady.rssMb, cpuMs: atReady.cpuMs, rssAfterMb: after.rssMb };
}

function askOnce(command: string, args: string[]): number {
  const began = performance.now();
  const r = spawnSync(command, [...args, "--json", "who leads the MARA assessment?"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (r.status !== 0 || !JSON.parse(r.stdout).answered) throw new Error(`ask failed: ${r.stderr}`);
  return performance.now() - began;
}

const fmt = (n: number, unit: string) => `${Math.round(n)} ${unit}`;

async function main(): Promise<void> {
  execFileSync(process.execPath, [path.join(ROOT, "scripts/build.mjs")], { stdio: "inherit" });
  const slack = await startFakeSlack();
  const tsx = path.join(ROOT, "node_modules/.bin/tsx");
  const starts: [string, string, string[]][] = [
    ["node dist/main.js", process.execPath, ["dist/main.js"]],
    ["npm start", "npm", ["start", "--silent"]],
    ["tsx src/main.ts (before the build)", tsx, ["src/main.ts"]],
  ];
  console.log(`time to ready, HTTP mode (median of ${RUNS}):`);
  for (const [name, command, args] of starts) {
    const runs: StartRun[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await startOnce(command, args, `${slack.url}/api/`));
    console.log(
      `  ${name.padEnd(40)} ready ${fmt(median(runs.map((r) => r.readyMs)), "ms")}, ` +
        `CPU ${fmt(median(runs.map((r) => r.cpuMs)), "ms")}, ` +
        `RSS ${fmt(median(runs.map((r) => r.rssMb)), "MB")} at ready, ` +
        `${fmt(median(runs.map((r) => r.rssAfterMb)), "MB")} after 200 commands`,
    );
  }
  await slack.close();

  const asks: [string, string, string[]][] = [
    ["node dist/cli/ask.js", process.execPath, ["dist/cli/ask.js"]],
    ["npm run --silent ask", "npm", ["run", "--silent", "ask", "--"]],
    ["tsx src/cli/ask.ts (before the build)", tsx, ["src/cli/ask.ts"]],
  ];
  console.log(`cold ask --json (median of ${RUNS}):`);
  for (const [name, command, args] of asks) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(askOnce(command, args));
    console.log(`  ${name.padEnd(40)} ${fmt(median(times), "ms")}`);
  }
}

await main();
