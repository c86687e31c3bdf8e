// `npm run bench` (second part), `npm run bench:engine`: bundles bench/engine.ts with the app's
// own esbuild options and runs the bundle with node, so the latency measured is that of the code
// production runs. (Under tsx every function is wrapped to keep its name, which made the same
// engine about 15% slower per question.) Arguments are passed on: `-- --only shipped`.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { build, bundleOptions, distDir, root, writeOutputs } from "./build.mjs";

await build({ quiet: true });
const { build: esbuild } = await import("esbuild");
const result = await esbuild({
  ...bundleOptions(),
  entryPoints: { "bench/engine": path.join("bench", "engine.ts") },
  outdir: distDir,
});
writeOutputs(result.outputFiles);
const run = spawnSync(
  process.execPath,
  [path.join(distDir, "bench", "engine.js"), ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit" },
);
process.exit(run.status ?? 1);
