// One knowledge load in a fresh process, for bench/load.ts: prints one JSON line with the load
// time (list + read + parse + check + model) and the process's peak resident memory.
import { loadKnowledge } from "../src/knowledge/load.js";

const [dir, cacheFile, precise] = process.argv.slice(2);
const started = performance.now();
const result = await loadKnowledge(dir as string, {
  ...(cacheFile ? { cacheFile } : {}),
  precise: precise === "precise",
  maxBytes: 1024 * 1024 * 1024,
});
const ms = performance.now() - started;
if (!result.ok) {
  console.error(result.problems.slice(0, 3));
  process.exit(1);
}
console.log(
  JSON.stringify({
    ms,
    entities: result.model.entities.size,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    heapMb: Math.round(process.memoryUsage().heapUsed / 1e6),
  }),
);
