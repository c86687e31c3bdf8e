// Runs a knowledge load on a worker thread (see load-worker.ts); only building the frozen model
// from the checked records happens on the main thread. One short-lived worker per reload: its
// memory is returned when it exits, after a good or a failed reload alike.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import {
  type CheckResult,
  type LoadOptions,
  loadKnowledge,
  toLoadResult,
} from "../knowledge/load.js";
import type { LoadResult } from "../knowledge/model.js";

const WORKER = new URL(
  `./load-worker${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`,
  import.meta.url,
);

/**
 * Run from source (npm start and the tests go through tsx): the worker registers tsx's loader
 * itself before importing the TypeScript body, as worker execArgv cannot carry `--import`.
 */
function spawn(workerData: unknown): Worker {
  if (!WORKER.pathname.endsWith(".ts")) return new Worker(WORKER, { workerData });
  // The ESM build of tsx's API (require.resolve finds its CommonJS twin next to it).
  const cjs = createRequire(import.meta.url).resolve("tsx/esm/api");
  const api = pathToFileURL(cjs.replace(/\.cjs$/, ".mjs")).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

export function checkInWorker(
  dir: string,
  options: Omit<LoadOptions, "dir">,
): Promise<CheckResult> {
  return new Promise((resolve, reject) => {
    const worker = spawn({ dir, options });
    let settled = false;
    worker.once("message", (message: { result?: CheckResult; error?: string }) => {
      settled = true;
      if (message.result) resolve(message.result);
      else reject(new Error(message.error ?? "the load worker sent nothing"));
      void worker.terminate();
    });
    worker.once("error", (error) => {
      if (!settled) reject(error);
      settled = true;
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`the load worker exited with code ${code}`));
      settled = true;
    });
  });
}

/** The content-hash cache of knowledge files, under DATA_DIR. */
export const KNOWLEDGE_CACHE_FILE = "knowledge-cache.json";

/**
 * loadKnowledge, with the reading and checking off the main thread. If a worker cannot run at
 * all (a broken install), it says so and loads on the main thread rather than not at all.
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
    logger?.warn("knowledge: the load worker failed; loading on the main thread", error);
    return loadKnowledge(dir, options);
  }
  await new Promise((resolve) => setImmediate(resolve)); // answer what queued while receiving
  return toLoadResult(checked);
}
