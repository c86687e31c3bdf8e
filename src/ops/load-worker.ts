// The reload worker's body: reads, parses and checks a knowledge folder on its own thread, so a
// 20 MB save never holds up an answer, and posts back the model's plain inputs (or the problems).
// Its heap — parse trees, file texts, the garbage of a failed load — goes away with the thread.
import os from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { checkKnowledge, type LoadOptions } from "../knowledge/load.js";

// Answering comes first: on Linux a thread has its own nice value, so this thread gives way to
// the one answering questions when both want the CPU (where the value is per process, the whole
// bot is niced, which changes nothing between its threads). Not permitted: it runs as it is.
try {
  os.setPriority(os.constants.priority.PRIORITY_LOW);
} catch {}

const { dir, options } = workerData as { dir: string; options: Omit<LoadOptions, "dir"> };
/** Records per message (about 5 ms to receive on the main thread at 10,000 records). */
const CHUNK = 1000;

/** The main thread asks for each next chunk once it has answered what queued meanwhile. */
function asked(): Promise<unknown> {
  return new Promise((resolve) => parentPort?.once("message", resolve));
}

checkKnowledge(dir, options).then(
  async (result) => {
    if (!result.ok) {
      parentPort?.postMessage({ result });
      return;
    }
    // The records go in chunks, one at a time on request: messages posted at once would all be
    // received in the same turn of the main thread's loop, a long stall at 10,000 records.
    const { records } = result.input;
    for (let i = 0; i < records.length; i += CHUNK) {
      parentPort?.postMessage({ records: records.slice(i, i + CHUNK) });
      await asked();
    }
    parentPort?.postMessage({ result: { ...result, input: { ...result.input, records: [] } } });
  },
  (error: unknown) =>
    parentPort?.postMessage({ error: (error as Error)?.message ?? String(error) }),
);
