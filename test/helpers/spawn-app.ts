// Runs the built app (dist/, built once by test/global-setup.ts) or an npm script as its own
// process, the way an operator or a supervisor starts it, and collects what it prints.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll } from "vitest";
import { type FakeSlack, startFakeSlack, waitFor } from "./fake-slack.js";
import { BOT_TOKEN, KNOWLEDGE_DIR, SIGNING_SECRET } from "./slack-harness.js";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface AppProcess {
  child: ChildProcess;
  /** stdout and stderr, interleaved as they arrived. */
  output(): string;
  /** Waits until the output matches; returns the first capture group (or the whole match). */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  kill(): void;
}

export function tmpDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Environment for HTTP mode against `apiUrl`: only what the app needs, nothing inherited. */
export function httpEnv(
  apiUrl: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? os.tmpdir(),
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: apiUrl,
    KNOWLEDGE_DIR,
    KNOWLEDGE_WATCH: "false",
    DATA_DIR: tmpDir("fp-prod-data-"),
    PORT: "0",
    ...extra,
  };
}

export function startProcess(
  command: string,
  args: string[],
  env: Record<string, string>,
  options: { detached?: boolean; cwd?: string } = {},
): AppProcess {
  const child = spawn(command, args, {
    cwd: options.cwd ?? tmpDir("fp-prod-cwd-"),
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: options.detached ?? false,
  });
  let out = "";
  child.stdout?.on("data", (d) => {
    out += String(d);
  });
  child.stderr?.on("data", (d) => {
    out += String(d);
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  return {
    child,
    output: () => out,
    waitForOutput: (pattern, timeoutMs = 15_000) =>
      waitFor(
        () => {
          const m = pattern.exec(out);
          return m ? (m[1] ?? m[0]) : undefined;
        },
        `${pattern} in the output:\n${out}`,
        timeoutMs,
      ),
    exited,
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}

/** `node dist/main.js` with `env`. */
export function startBuiltApp(env: Record<string, string>): AppProcess {
  return startProcess(process.execPath, [path.join(ROOT, "dist/main.js")], env);
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** True when nothing accepts connections on the port. */
export function refuses(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

/** True while a process with this pid exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A fake Slack for the whole test file and a list for the app processes a test starts: each
 * process is killed after its test, the fake closed after the file.
 */
export function useFakeSlackForApps(): { readonly fake: FakeSlack; started: AppProcess[] } {
  let fake: FakeSlack | undefined;
  const started: AppProcess[] = [];
  beforeAll(async () => {
    fake = await startFakeSlack();
  });
  afterEach(() => {
    for (const app of started.splice(0)) app.kill();
  });
  afterAll(async () => {
    await fake?.close();
  });
  return {
    get fake() {
      if (!fake) throw new Error("the fake Slack starts in beforeAll");
      return fake;
    },
    started,
  };
}
