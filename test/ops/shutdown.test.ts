import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createInFlight } from "../../src/ops/in-flight.js";
import { installShutdown } from "../../src/ops/shutdown.js";

const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function fakeProcess() {
  const target = new EventEmitter();
  return {
    target: target as unknown as Pick<NodeJS.Process, "on" | "off">,
    emit: (signal: NodeJS.Signals) => target.emit(signal, signal),
    count: (signal: string) => target.listenerCount(signal),
  };
}

function recorder() {
  const lines: string[] = [];
  const log = (...m: unknown[]) => lines.push(m.map(String).join(" "));
  return { lines, logger: { info: log, warn: log, error: log } };
}

describe("installShutdown", () => {
  it("on SIGTERM stops intake, waits for work in flight, closes, then exits 0", async () => {
    const proc = fakeProcess();
    const order: string[] = [];
    const inFlight = createInFlight();
    void inFlight.track(later(80).then(() => order.push("task done")));
    const exits: number[] = [];
    installShutdown({
      target: proc.target,
      exit: (code) => exits.push(code),
      stop: [
        { name: "app", run: () => order.push("app stopped") },
        { name: "health", run: async () => order.push("health stopped") },
      ],
      inFlight,
      drainMs: 2_000,
      close: [{ name: "db", run: () => order.push("db closed") }],
    });
    proc.emit("SIGTERM");
    await expect.poll(() => exits).toEqual([0]);
    expect(order).toEqual(["app stopped", "health stopped", "task done", "db closed"]);
  });

  it("bounds the wait for work in flight, still closes, and exits 1 naming the unfinished count", async () => {
    const { lines, logger } = recorder();
    const inFlight = createInFlight();
    void inFlight.track(later(2_000));
    let closed = false;
    const handle = installShutdown({
      target: fakeProcess().target,
      exit: () => {},
      inFlight,
      drainMs: 50,
      close: [{ name: "db", run: () => (closed = true) }],
      logger,
    });
    const started = Date.now();
    expect(await handle.shutdown("test")).toBe(1);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(closed).toBe(true);
    expect(lines.join("\n")).toMatch(/drain timed out after 50 ms with 1 answer\(s\) unfinished/);
    expect(lines.join("\n")).toContain("shutdown: done (exit 1)");
  });

  it("bounds a hung step, runs the rest, and reports a failing step with exit 1", async () => {
    const { lines, logger } = recorder();
    const ran: string[] = [];
    const handle = installShutdown({
      target: fakeProcess().target,
      exit: () => {},
      stepTimeoutMs: 50,
      stop: [
        { name: "hangs", run: () => new Promise(() => {}) },
        {
          name: "throws",
          run: () => {
            throw new Error("nope");
          },
        },
        { name: "fine", run: () => ran.push("fine") },
      ],
      close: [{ name: "db", run: () => ran.push("db") }],
      logger,
    });
    expect(await handle.shutdown()).toBe(1);
    expect(ran).toEqual(["fine", "db"]);
    expect(lines.join("\n")).toMatch(/'hangs' still running after 50 ms/);
    expect(lines.join("\n")).toMatch(/'throws' failed/);
  });

  it("runs once however often it is asked; a late repeated signal forces exit 1", async () => {
    const proc = fakeProcess();
    const exits: number[] = [];
    let stops = 0;
    installShutdown({
      target: proc.target,
      exit: (code) => exits.push(code),
      repeatGraceMs: 30,
      stop: [{ name: "slow", run: () => later(150).then(() => stops++) }],
    });
    proc.emit("SIGINT");
    proc.emit("SIGINT"); // within the grace period: the same Ctrl-C relayed, ignored
    await later(60);
    expect(exits).toEqual([]);
    proc.emit("SIGTERM"); // a deliberate second signal
    expect(exits).toEqual([1]);
    await expect.poll(() => exits).toEqual([1, 0]);
    expect(stops).toBe(1);
  });

  it("uninstall removes its signal listeners", () => {
    const proc = fakeProcess();
    const handle = installShutdown({ target: proc.target, exit: () => {} });
    expect(proc.count("SIGTERM")).toBe(1);
    expect(proc.count("SIGINT")).toBe(1);
    handle.uninstall();
    expect(proc.count("SIGTERM")).toBe(0);
    expect(proc.count("SIGINT")).toBe(0);
  });

  it("a real process exits 0 on SIGTERM after its task in flight finishes", async () => {
    const script = path.join(import.meta.dirname, "../fixtures/ops/shutdown-child.ts");
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: path.join(import.meta.dirname, "..", ".."),
      env: { ...process.env, TASK_MS: "600" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      out += d;
    });
    await expect.poll(() => out, { timeout: 15_000 }).toContain("ready");
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(out).toContain("received SIGTERM");
    expect(code).toBe(0);
    const lines = out.trim().split("\n");
    expect(lines.indexOf("task finished")).toBeGreaterThan(lines.indexOf("ready"));
    expect(lines.indexOf("database closed")).toBeGreaterThan(lines.indexOf("task finished"));
  });

  it("a real process whose drain times out exits 1 and says how many answers were unfinished", async () => {
    const script = path.join(import.meta.dirname, "../fixtures/ops/shutdown-child.ts");
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: path.join(import.meta.dirname, "..", ".."),
      env: { ...process.env, TASK_MS: "5000", DRAIN_MS: "200" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    await expect.poll(() => out, { timeout: 15_000 }).toContain("ready");
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(out).toContain("drain timed out after 200 ms with 1 answer(s) unfinished");
    expect(out).toContain("database closed");
    expect(out).not.toContain("task finished");
  });
});
