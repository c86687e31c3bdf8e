// The reload worker's body: reads, parses and checks a knowledge folder on its own thread, so a
// 20 MB save never holds up an answer, and posts back the model's plain inputs (or the problems).
// Its heap — parse trees, file texts, the garbage of a failed load — goes away with the thread.
import { parentPort, workerData } from "node:worker_threads";
import { checkKnowledge, type LoadOptions } from "../knowledge/load.js";

const { dir, options } = workerData as { dir: string; options: Omit<LoadOptions, "dir"> };
checkKnowledge(dir, options).then(
  (result) => parentPort?.postMessage({ result }),
  (error: unknown) =>
    parentPort?.postMessage({ error: (error as Error)?.message ?? String(error) }),
);
