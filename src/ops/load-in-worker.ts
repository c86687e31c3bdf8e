// Runs a knowledge load on a worker thread (see load-worker.ts); only building the frozen model
// from the checked records happens on the main thread. One short-lived worker per reload: its
// memory is returned when it exits, after a good or a failed reload alike.

import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { CheckedRecord } from "../knowledge/build-model.js";
import {
  type CheckResult,
  type LoadOptions,
  loadKnowledge,
  toLoadResultSliced,
} from "../knowledge/load.js";
import type { LoadResult } from "../knowledge/model.js";

const WORKER = new URL(
  `./load-worker${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`,
  import.meta.url,
);

/** A runaway load fails in its own thread (100,000 entities need well under 1 GB). */
const resourceLimits = { maxOldGenerationSizeMb: 2048 };

/**
 * Run from source (npm start and the tests go through tsx): the worker registers tsx's loader
 * itself before importing the TypeScript body, as worker execArgv cannot carry `--import`.
 */
function spawn(workerData: unknown): Worker {
  if (!WORKER.pathname.endsWith(".ts")) return new Worker(WORKER, { workerData, resourceLimits });
  // The ESM build of tsx's API (require.resolve finds its CommonJS twin next to it).
  const cjs = createRequire(import.meta.url).resolve("tsx/esm/api");
  const api = pathToFileURL(cjs.replace(/\.cjs$/, ".mjs")).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER.href)}); });`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}

/** Longest a load may take before the worker is stopped (a runaway folder, a bug). */
export const LOAD_TIMEOUT_MS = 5 * 60 * 1000;

/** Why a worker load failed; `started` tells a broken install from a load that went wrong. */
export class LoadWorkerError extends Error {
  constructor(
    message: string,
    readonly started: boolean,
  ) {
    super(message);
    this.name = "LoadWorkerError";
  }
}

export function checkInWorker(
  dir: string,
  options: Omit<LoadOptions, "dir">,
  timeoutMs = LOAD_TIMEOUT_MS,
): Promise<CheckResult> {
  return new Promise((resolve, reject) => {
    const worker = spawn({ dir, options });
    let started = false;
    let settled = false;
    const settle = (result: CheckResult | undefined, why?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (result) resolve(result);
      else reject(new LoadWorkerError(why ?? "the load worker failed", started));
      void worker.terminate();
    };
    const timer = setTimeout(
      () => settle(undefined, `loading took longer than ${timeoutMs / 1000} s; stopped`),
      timeoutMs,
    );
    timer.unref();
    worker.once("online", () => {
      started = true;
    });
    // Records arrive in chunks, each asked for after a turn of the event loop (questions waiting
    // go first), then the result without them.
    const records: CheckedRecord[] = [];
    worker.on(
      "message",
      (message: { records?: CheckedRecord[]; result?: CheckResult; error?: string }) => {
        if (message.records) {
          for (const r of message.records) records.push(r);
          setImmediate(() => {
            if (!settled) worker.postMessage("next");
          });
          return;
        }
        const result = message.result;
        if (result?.ok) result.input.records = records;
        settle(result, message.error ?? "the load worker sent nothing");
      },
    );
    worker.once("error", (error) => settle(undefined, error.message));
    worker.once("exit", (code) => settle(undefined, `the load worker exited with code ${code}`));
  });
}

/** The content-hash cache of knowledge files, under DATA_DIR. */
export const KNOWLEDGE_CACHE_FILE = "knowledge-cache.json";

/**
 * loadKnowledge, with the reading and checking off the main thread. If a worker cannot start at
 * all (a broken install), it says so and loads on the main thread rather than not at all; a
 * load that fails inside the worker (out of memory, too slow) is a failed load, never retried
 * on the main thread where it would stall or crash the bot.
 */
export async function loadKnowledgeInWorker(
  dir: string,
  options: Omit<LoadOptions, "dir"> = {},
  logger?: { warn(...m: unknown[]): void },
): Promise<LoadResult> {
  let checked: CheckResult;
  try {
    checked = await checkInWorker(dir, options);
  } catch (error) {
    if (error instanceof LoadWorkerError && error.started) {
      const message = `could not load the knowledge: ${error.message}`;
      return { ok: false, problems: [{ file: dir, line: 1, col: 1, code: "KB034", message }] };
    }
    logger?.warn("knowledge: the load worker could not start; loading on the main thread", error);
    return loadKnowledge(dir, options);
  }
  await new Promise((resolve) => setImmediate(resolve)); // answer what queued while receiving
  return toLoadResultSliced(checked);
}
