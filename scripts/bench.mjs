// `npm run bench`, `npm run bench:load`, `npm run bench:engine`: bundles the benchmarks with the
// app's own esbuild options, beside the load worker they start, and runs one with node, so what
// is measured is the code production runs. (Under tsx every function is wrapped to keep its
// name, which made the same engine about 15% slower per question, and the reload worker compiled
// its TypeScript as it started.) `node scripts/bench.mjs engine -- --only shipped` passes the
// arguments after the name on.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { build, bundleOptions, distDir, root, WORKERS, writeOutputs } from "./build.mjs";

const BENCHES = ["engine", "load"];
const [name, ...args] = process.argv.slice(2);
if (!BENCHES.includes(name ?? "")) {
  console.error(`usage: node scripts/bench.mjs ${BENCHES.join("|")} [arguments]`);
  process.exit(2);
}
await build({ quiet: true });
const { build: esbuild } = await import("esbuild");
const result = await esbuild({
  ...bundleOptions(),
  entryPoints: {
    ...Object.fromEntries(BENCHES.map((b) => [`bench/${b}`, path.join("bench", `${b}.ts`)])),
    // bench/load.ts loads each folder in a fresh process, and reloads through the worker.
    "bench/load-child": path.join("bench", "load-child.ts"),
    ...Object.fromEntries(Object.entries(WORKERS).map(([k, v]) => [`bench/${k}`, v])),
  },
  outdir: distDir,
});
writeOutputs(result.outputFiles);
const run = spawnSync(process.execPath, [path.join(distDir, "bench", `${name}.js`), ...args], {
  cwd: root,
  stdio: "inherit",
});
process.exit(run.status ?? 1);
