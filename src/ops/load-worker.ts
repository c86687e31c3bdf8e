// The reload worker's body: reads, parses and checks a knowledge folder on its own thread, so a
// 20 MB save never holds up an answer, and posts back the model's plain inputs (or the problems).
// Its heap — parse trees, file texts, the garbage of a failed load — goes away with the thread.
import { parentPort, workerData } from "node:worker_threads";
import { checkKnowledge, type LoadOptions } from "../knowledge/load.js";

const { dir, options } = workerData as { dir: string; options: Omit<LoadOptions, "dir"> };
/** Records per message: each message is received in its own turn of the main thread's loop. */
const CHUNK = 1000;

checkKnowledge(dir, options).then(
  (result) => {
    if (!result.ok) {
      parentPort?.postMessage({ result });
      return;
    }
    // The records go in chunks, so the main thread never spends a long turn receiving them.
    const { records } = result.input;
    for (let i = 0; i < records.length; i += CHUNK) {
      parentPort?.postMessage({ records: records.slice(i, i + CHUNK) });
    }
    parentPort?.postMessage({ result: { ...result, input: { ...result.input, records: [] } } });
  },
  (error: unknown) =>
    parentPort?.postMessage({ error: (error as Error)?.message ?? String(error) }),
);
